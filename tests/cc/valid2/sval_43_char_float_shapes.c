#include "ftest.h"
#include "test.h"

struct fc {
  float f;
  char c;
};
struct cf {
  char c;
  float f;
};
struct bf {
  _Bool ok;
  float v;
};
struct sd {
  short s;
  double d;
};

static struct fc f1(struct fc x) {
  x.f *= 2;
  x.c++;
  return x;
}
static struct cf f2(struct cf x) {
  x.f = -x.f;
  x.c = (char)(x.c + 2);
  return x;
}
static struct bf f3(struct bf x) {
  x.ok = !x.ok;
  x.v += 0.5f;
  return x;
}
static struct sd f4(struct sd x) {
  x.s = (short)(x.s * 3);
  x.d /= 3;
  return x;
}

int main(void) {
  ASSERT(8, sizeof(struct fc));
  ASSERT(8, sizeof(struct cf));
  ASSERT(8, sizeof(struct bf));
  ASSERT(16, sizeof(struct sd));
  struct fc a = f1(f1((struct fc){1.25f, 'a'}));
  ASSERT_D(5.0, a.f);
  ASSERT('c', a.c);
  struct cf b = f2((struct cf){'x', 2.5f});
  ASSERT('z', b.c);
  ASSERT_D(-2.5, b.f);
  struct bf c = f3(f3(f3((struct bf){0, 0})));
  ASSERT(1, c.ok);
  ASSERT_D(1.5, c.v);
  struct sd d = f4(f4((struct sd){-7, 1}));
  ASSERT(-63, d.s);
  PD(d.d);
  return 0;
}

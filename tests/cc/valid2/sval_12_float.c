#include "ftest.h"

struct f1 {
  float v;
};

static struct f1 half(struct f1 s) {
  s.v /= 2;
  return s;
}
static struct f1 add(struct f1 a, struct f1 b) {
  struct f1 r = {a.v + b.v};
  return r;
}
static float get(struct f1 s) { return s.v; }

int main(void) {
  printf("%zu\n", sizeof(struct f1));
  struct f1 a = {3.0f}, b = {0.1f};
  ASSERT_D(1.5, half(a).v);
  PD(add(a, b).v);
  PD(get(half(half(b))));
  ASSERT_D(3.0, a.v);
  struct f1 acc = {0};
  for (int i = 0; i < 10; i++)
    acc = add(acc, b);
  PD(acc.v);
  return 0;
}

#include "ftest.h"
#include "test.h"

struct pt {
  int x, y;
};
struct fd {
  float f;
  double d;
};
struct big {
  long v[4];
};

static int calls;
static struct pt make(int x, int y) {
  calls++;
  return (struct pt){x, y};
}

int main(void) {
  struct pt a = {1, 2}, b = {3, 4};
  int k = 0;
  struct pt c = k ? a : b;
  ASSERT(3, c.x);
  c = (k = 1, a);
  ASSERT(1, c.x);
  ASSERT(4, (k ? b : a).y);
  ASSERT(7, (k ? make(7, 8) : make(9, 10)).x);
  ASSERT(1, calls);
  struct fd e = {0.5f, 2.5}, f = {1.5f, 3.5};
  struct fd g = e.d > f.d ? e : f;
  ASSERT_D(3.5, g.d);
  struct big x = {{1, 2, 3, 4}}, y = {{5, 6, 7, 8}};
  struct big z = (x.v[0] > y.v[0] ? x : y);
  ASSERT(8, z.v[3]);
  ASSERT(2, (calls++, x).v[1]);
  ASSERT(2, calls);
  return 0;
}

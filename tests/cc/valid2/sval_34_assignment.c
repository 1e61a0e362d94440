#include "ftest.h"
#include "test.h"

struct mixed {
  char c;
  double d;
  int arr[3];
  float f;
};

int main(void) {
  struct mixed a = {'a', 1.5, {1, 2, 3}, 0.5f};
  struct mixed b, c;
  c = b = a;
  ASSERT('a', c.c);
  ASSERT(3, c.arr[2]);
  ASSERT_D(1.5, b.d);
  b.arr[1] = 20;
  ASSERT(2, a.arr[1]);
  ASSERT(2, c.arr[1]);
  struct mixed arr[3];
  for (int i = 0; i < 3; i++) {
    arr[i] = a;
    arr[i].d *= i + 1;
  }
  ASSERT_D(4.5, arr[2].d);
  struct mixed *p = &arr[1];
  *p = arr[2];
  ASSERT_D(4.5, arr[1].d);
  struct {
    struct mixed m;
    int tail;
  } w = {a, 9}, w2;
  w2 = w;
  ASSERT(9, w2.tail);
  ASSERT_D(0.5, w2.m.f);
  return 0;
}

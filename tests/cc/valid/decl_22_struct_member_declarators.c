#include "test.h"

struct mixed {
  int a, *pa, **ppa, arr[2], *parr[2], (*ptoarr)[2];
  int (*fn)(int);
};

int neg(int x) { return -x; }

int main(void) {
  struct mixed m;
  int v = 5, *pv = &v;
  m.a = 1;
  m.pa = &v;
  m.ppa = &pv;
  m.arr[0] = 2;
  m.arr[1] = 3;
  m.parr[0] = &m.arr[1];
  m.parr[1] = &m.a;
  m.ptoarr = &m.arr;
  m.fn = neg;
  ASSERT(5, *m.pa);
  ASSERT(5, **m.ppa);
  ASSERT(3, *m.parr[0]);
  ASSERT(1, *m.parr[1]);
  ASSERT(2, (*m.ptoarr)[0]);
  ASSERT(-4, m.fn(4));
  ASSERT(64, sizeof m);
  return 0;
}

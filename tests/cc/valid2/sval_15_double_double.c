#include "ftest.h"

struct cplx {
  double re, im;
};

static struct cplx mul(struct cplx a, struct cplx b) {
  return (struct cplx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}
static struct cplx conjugate(struct cplx a) {
  a.im = -a.im;
  return a;
}
static double norm(struct cplx a) { return a.re * a.re + a.im * a.im; }

int main(void) {
  printf("%zu\n", sizeof(struct cplx));
  struct cplx i = {0, 1}, z = {3, 4};
  struct cplx m = mul(i, i);
  ASSERT_D(-1.0, m.re);
  ASSERT_D(0.0, m.im);
  ASSERT_D(25.0, norm(z));
  struct cplx zz = mul(z, conjugate(z));
  ASSERT_D(25.0, zz.re);
  ASSERT_D(0.0, zz.im);
  struct cplx p = {1, 0}, w = {0.8, 0.6};
  for (int k = 0; k < 5; k++)
    p = mul(p, w);
  PD(p.re);
  PD(p.im);
  PD(norm(p));
  return 0;
}

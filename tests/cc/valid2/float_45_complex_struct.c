#include "ftest.h"

struct cplx {
  double re, im;
};

static void cmul(const struct cplx *a, const struct cplx *b, struct cplx *out) {
  double re = a->re * b->re - a->im * b->im;
  double im = a->re * b->im + a->im * b->re;
  out->re = re;
  out->im = im;
}

static void cdiv(const struct cplx *a, const struct cplx *b, struct cplx *out) {
  double den = b->re * b->re + b->im * b->im;
  double re = (a->re * b->re + a->im * b->im) / den;
  double im = (a->im * b->re - a->re * b->im) / den;
  out->re = re;
  out->im = im;
}

int main(void) {
  struct cplx i = {0, 1}, z = {3, 4}, r;
  cmul(&i, &i, &r);
  PD(r.re);
  PD(r.im);
  cmul(&z, &z, &r);
  PD(r.re);
  PD(r.im);
  cdiv(&z, &z, &r);
  PD(r.re);
  PD(r.im);
  struct cplx one = {1, 0};
  cdiv(&one, &z, &r);
  PD(r.re);
  PD(r.im);
  struct cplx p = {1, 0};
  struct cplx w = {0.6, 0.8};
  for (int k = 0; k < 4; k++)
    cmul(&p, &w, &p);
  PD(p.re);
  PD(p.im);
  return 0;
}

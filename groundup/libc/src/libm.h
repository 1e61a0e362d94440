/* Internal to the libm_*.c files: double-double arithmetic and the shared cores.
 *
 * A double-double (dd) is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2: 106
 * significant bits from plain doubles. The error-free steps below are exact because
 * RISC-V has a fused multiply-add (fmadd.d rounds once): two_prod gets the rounding
 * error of a product from fma(a, b, -p). The libm computes every result as a dd
 * accurate to about 2^-70 relative and rounds it to a double once at the end, so the
 * result is within 0.5 + 2^-17 ulp of the true value: correctly rounded except in
 * the rare cases where the true value lies within 2^-17 ulp of a rounding boundary. */
#ifndef _GU_LIBM_H
#define _GU_LIBM_H
#define _GNU_SOURCE 1 /* sincos, lgamma_r, signgam */
#include <errno.h>
#include <math.h>
#include <stdint.h>

#include "libm_tables.h"

typedef struct {
    double hi, lo;
} dd;

/* The helpers are macros (GNU statement expressions), not functions: groundup cc does
 * not inline, and a call per fma or two_sum made every function ~20 times slower.
 * Each copies its arguments into locals first (one evaluation each), with names
 * private to the macro. */
#define gu_bits(x) __extension__({ \
    union { double d; uint64_t u; } __gb = {(x)}; \
    __gb.u; })
#define gu_from_bits(x) __extension__({ \
    union { uint64_t u; double d; } __gfb = {(x)}; \
    __gfb.d; })
#define gu_fma(a, b, c) __extension__({ \
    double __fma_r; \
    __asm__("fmadd.d %0, %1, %2, %3" : "=f"(__fma_r) : "f"(a), "f"(b), "f"(c)); \
    __fma_r; })
#define gu_sqrt(x) __extension__({ \
    double __sq_r; \
    __asm__("fsqrt.d %0, %1" : "=f"(__sq_r) : "f"(x)); \
    __sq_r; })
#define gu_fabs(x) __extension__({ \
    double __fa_r; \
    __asm__("fabs.d %0, %1" : "=f"(__fa_r) : "f"(x)); \
    __fa_r; })

/* Round to the nearest integer (ties to even), for |x| < 2^51: adding 1.5 * 2^52
 * leaves no fraction bits, so the hardware rounds them away. */
#define gu_rint(x) __extension__({ \
    volatile double __ri_big = 0x1.8p52; \
    double __ri_t = (x) + __ri_big; \
    __ri_t - __ri_big; })

#define mkdd(h, l) ((dd){(h), (l)})

/* a + b exactly, when |a| >= |b| (or a == 0). */
#define fast_two_sum(a, b) __extension__({ \
    double __fts_a = (a), __fts_b = (b), __fts_s = __fts_a + __fts_b; \
    (dd){__fts_s, __fts_b - (__fts_s - __fts_a)}; })

/* a + b exactly, any order (Knuth). */
#define two_sum(a, b) __extension__({ \
    double __ts_a = (a), __ts_b = (b), __ts_s = __ts_a + __ts_b, __ts_bb = __ts_s - __ts_a; \
    (dd){__ts_s, (__ts_a - (__ts_s - __ts_bb)) + (__ts_b - __ts_bb)}; })

#define two_prod(a, b) __extension__({ \
    double __tp_a = (a), __tp_b = (b), __tp_p = __tp_a * __tp_b; \
    (dd){__tp_p, gu_fma(__tp_a, __tp_b, -__tp_p)}; })

#define dd_add(a, b) __extension__({ \
    dd __da_a = (a), __da_b = (b); \
    dd __da_s = two_sum(__da_a.hi, __da_b.hi), __da_t = two_sum(__da_a.lo, __da_b.lo); \
    __da_s = fast_two_sum(__da_s.hi, __da_s.lo + __da_t.hi); \
    fast_two_sum(__da_s.hi, __da_s.lo + __da_t.lo); })

#define dd_add_d(a, b) __extension__({ \
    dd __dad_a = (a); \
    dd __dad_s = two_sum(__dad_a.hi, (b)); \
    fast_two_sum(__dad_s.hi, __dad_s.lo + __dad_a.lo); })

#define dd_neg(a) __extension__({ \
    dd __dn_a = (a); \
    (dd){-__dn_a.hi, -__dn_a.lo}; })

#define dd_mul(a, b) __extension__({ \
    dd __dm_a = (a), __dm_b = (b); \
    dd __dm_p = two_prod(__dm_a.hi, __dm_b.hi); \
    fast_two_sum(__dm_p.hi, __dm_p.lo + (__dm_a.hi * __dm_b.lo + __dm_a.lo * __dm_b.hi)); })

#define dd_mul_d(a, b) __extension__({ \
    dd __dmd_a = (a); \
    double __dmd_b = (b); \
    dd __dmd_p = two_prod(__dmd_a.hi, __dmd_b); \
    fast_two_sum(__dmd_p.hi, gu_fma(__dmd_a.lo, __dmd_b, __dmd_p.lo)); })

/* a / b: a first quotient, then the remainder a - q b (exact with fma) over b. */
static inline dd dd_div(dd a, dd b) {
    double q = a.hi / b.hi;
    dd qb = dd_mul_d(b, q);
    double r = ((a.hi - qb.hi) - qb.lo + a.lo) / b.hi;
    dd s = fast_two_sum(q, r);
    /* one more correction step keeps the quotient at dd accuracy */
    dd sb = dd_mul(b, s);
    dd rem = dd_add(a, dd_neg(sb));
    return dd_add_d(s, rem.hi / b.hi);
}

/* a / b for a double b. */
static inline dd dd_div_d(dd a, double b) {
    double q = a.hi / b;
    double r = gu_fma(-q, b, a.hi) + a.lo;
    return fast_two_sum(q, r / b);
}

static inline dd dd_sqrt(dd a) {
    if (a.hi == 0)
        return mkdd(0.0, 0.0);
    double s = gu_sqrt(a.hi);
    dd ss = two_prod(s, s);
    double r = ((a.hi - ss.hi) - ss.lo + a.lo) / (2 * s);
    return fast_two_sum(s, r);
}

/* Polynomial sum c_i t^i: c holds n (hi, lo) pairs; the first ndd coefficients are
 * summed in dd (where the terms are big enough for their rounding to matter), the
 * rest in double, both by Horner's rule. */
static inline dd gu_poly(dd t, const double *c, int n, int ndd) {
    double p = c[2 * (n - 1)];
    for (int i = n - 2; i >= ndd; i--)
        p = gu_fma(p, t.hi, c[2 * i]);
    dd r = mkdd(p, 0.0);
    for (int i = ndd - 1; i >= 0; i--)
        r = dd_add(dd_mul(r, t), mkdd(c[2 * i], c[2 * i + 1]));
    return r;
}

static inline void gu_set_errno(int e) { errno = e; }

/* The dd cores (libm_exp.c, libm_log.c, libm_trig.c, libm_atan.c). */
dd __gu_exp_core(dd x, int *k);        /* e^x = 2^k * result; |x.hi| < 1e4 */
dd __gu_expm1_dd(dd x);                /* e^x - 1, |x.hi| < 700, relative accuracy */
double __gu_scale(dd m, int k);        /* (m.hi + m.lo) * 2^k, rounded once, with errno */
dd __gu_log_dd(dd x, int *k);          /* log(x) = k ln2 + result, x > 0 finite */
dd __gu_log_full(dd x);                /* log(x) as one dd */
int __gu_rem_pio2(double x, dd *r);    /* x = n pi/2 + r, |r| <= pi/4 (about); returns n */
dd __gu_sin_dd(dd r);                  /* |r| <= pi/4 (and a little) */
dd __gu_cos_dd(dd r);
dd __gu_atan_dd(dd x);                 /* 0 <= x <= 1 */
dd __gu_atan2_dd(dd y, dd x);          /* y, x >= 0, not both zero */
dd __gu_lgamma_pos(double x);          /* x > 0 */
#endif

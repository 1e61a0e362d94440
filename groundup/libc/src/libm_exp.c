/* exp, exp2, expm1, and the dd exponential the other functions share.
 *
 * Method: e^x = 2^k e^r with k = round(x / ln2) and r = x - k ln2, |r| <= ln2/2.
 * ln2 is split so that k * C1 is exact (C1 has 42 bits, |k| < 2^11) and the rest is
 * a dd, so r comes out as a dd good to ~2^-100. e^r is its Taylor series (coefficients
 * 1/n!, from tools/libm_tables.py), the first seven terms summed in dd: the eighth,
 * r^7/7!, is below 2^-23 and its rounding error below 2^-76. Scaling by 2^k is exact
 * except into the subnormal range, where __gu_scale rounds once from the dd. */
#include "libm.h"

#define EXP_MAX 0x1.62e42fefa39efp+9   /* above: e^x overflows (709.78...) */
#define EXP_MIN (-0x1.74910d52d3052p+9) /* below: e^x < 2^-1075, rounds to 0 */

static double pow2i(int k) { return gu_from_bits((uint64_t)(1023 + k) << 52); }

/* x - k ln2 as a dd, and k. */
static dd reduce_ln2(dd x, int *k) {
    double kd = gu_rint(x.hi * GU_LOG2E_HI);
    *k = (int)kd;
    double a = gu_fma(-kd, GU_LN2_C1, x.hi); /* exact: Sterbenz, k C1 exact */
    dd b = two_prod(kd, GU_LN2_C2_HI);
    dd r = two_sum(a, -b.hi);
    r.lo += x.lo - b.lo - kd * GU_LN2_C2_LO;
    return fast_two_sum(r.hi, r.lo);
}

dd __gu_exp_core(dd x, int *k) {
    dd r = reduce_ln2(x, k);
    return gu_poly(r, __gu_exp_coef, 18, 7);
}

/* m * 2^k rounded once. Normal results: m.hi + m.lo rounds, the scaling is exact.
 * Subnormal results: scale to units of 2^-1074, round that to an integer looking at
 * both halves of the dd, and scale back exactly. Overflow or a zero result set ERANGE
 * (as glibc does; a subnormal but non-zero result does not). */
double __gu_scale(dd m, int k) {
    double v = m.hi + m.lo;
    if (k > 1000) {
        v *= pow2i(1000);
        k -= 1000;
    }
    if (k < -1200)
        return gu_set_errno(ERANGE), v * 0x1p-1074 * 0x1p-60; /* 0, signed */
    double r = k >= -1022 ? v * pow2i(k) : (v * pow2i(k + 200)) * 0x1p-200;
    if (gu_fabs(r) > 0x1.fffffffffffffp1023)
        gu_set_errno(ERANGE);
    if (gu_fabs(r) >= 0x1p-1022)
        return r; /* exact scaling (or an overflow to infinity) */
    int e = k + 1074; /* the result in units of 2^-1074 is (m.hi + m.lo) 2^e */
    if (e < -60)
        return gu_set_errno(ERANGE), v * 0x1p-1074 * 0x1p-60;
    double s = pow2i(e);
    double h = m.hi * s, l = m.lo * s;
    volatile double big = 0x1p52;
    double n = (gu_fabs(h) + big) - big; /* |h| < 2^52: nearest integer */
    n = h < 0 ? -n : n;
    double d = (h - n) + l;
    if (d > 0.5)
        n += 1.0;
    else if (d < -0.5)
        n -= 1.0;
    r = n * 0x1p-1074;
    if (r == 0)
        gu_set_errno(ERANGE);
    return r;
}

double exp(double x) {
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return x > 0 ? x : 0.0;
    if (x > EXP_MAX) {
        gu_set_errno(ERANGE);
        return HUGE_VAL;
    }
    if (x < EXP_MIN) {
        gu_set_errno(ERANGE);
        return 0.0;
    }
    if (gu_fabs(x) < 0x1p-54)
        return 1.0 + x;
    int k;
    dd m = __gu_exp_core(mkdd(x, 0.0), &k);
    return __gu_scale(m, k);
}

double exp2(double x) {
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return x > 0 ? x : 0.0;
    if (x >= 1024.0) {
        gu_set_errno(ERANGE);
        return HUGE_VAL;
    }
    if (x < -1075.0) {
        gu_set_errno(ERANGE);
        return 0.0;
    }
    if (gu_fabs(x) < 0x1p-54)
        return 1.0 + x;
    /* x ln2 as a dd; integers give r = 0 up to 2^-100, so exp2(n) = 2^n exactly */
    dd t = dd_mul_d(mkdd(GU_LN2_HI, GU_LN2_LO), x);
    int k;
    dd m = __gu_exp_core(t, &k);
    return __gu_scale(m, k);
}

/* e^x - 1 with relative accuracy: for k = 0 the series without its leading 1,
 * r (1 + r/2 + r^2/6 ...); otherwise (2^k - 1) + 2^k (e^r - 1), both as dds. */
dd __gu_expm1_dd(dd x) {
    int k;
    dd r = reduce_ln2(x, &k);
    dd p = dd_mul(r, gu_poly(r, __gu_exp_coef + 2, 17, 6));
    if (k == 0)
        return p;
    double s = pow2i(k);
    dd a = two_sum(s, -1.0);
    return dd_add(a, mkdd(p.hi * s, p.lo * s));
}

double expm1(double x) {
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return x > 0 ? x : -1.0;
    if (x > EXP_MAX) {
        gu_set_errno(ERANGE);
        return HUGE_VAL;
    }
    if (x < -40.0)
        return -1.0 + 0x1p-60; /* rounds to -1, inexact */
    if (gu_fabs(x) < 0x1p-54)
        return x;
    if (x > 700.0) { /* e^x - 1 = e^x here, and 2^k overflows the dd path */
        int k;
        return __gu_scale(__gu_exp_core(mkdd(x, 0.0), &k), k);
    }
    dd e = __gu_expm1_dd(mkdd(x, 0.0));
    return e.hi + e.lo;
}

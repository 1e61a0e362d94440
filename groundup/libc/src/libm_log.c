/* log, log2, log10, log1p, and the dd logarithm pow, the hyperbolics and lgamma use.
 *
 * Method: x = 2^k m with m in [sqrt(1/2), sqrt(2)), and log m = 2 atanh f with
 * f = (m - 1)/(m + 1), |f| <= 0.1716: log m = 2f (1 + f^2/3 + f^4/5 + ...), a series
 * in t = f^2 <= 0.0295 (coefficients 1/(2n+1), tools/libm_tables.py). m - 1 is exact
 * (Sterbenz), f is a dd quotient, and the first four terms are summed in dd: t^4/9 is
 * below 2^-24, so the double tail adds under 2^-76. log x = k ln2 + log m with ln2 a
 * dd; log2 and log10 keep k apart (k + log m / ln2) so that log2(2^n) = n and
 * log10(10^n) = n exactly. The input may itself be a dd (log1p(x) = log(1 + x) with
 * 1 + x taken exactly as a dd), which keeps the relative accuracy of tiny results. */
#include "libm.h"

dd __gu_log_dd(dd x, int *k) {
    uint64_t u = gu_bits(x.hi);
    int e = (int)(u >> 52);
    if (e == 0) { /* subnormal: make it normal first */
        x.hi *= 0x1p54;
        x.lo *= 0x1p54;
        u = gu_bits(x.hi);
        e = (int)(u >> 52) - 54;
    }
    e -= 1023;
    double m = gu_from_bits((u & ((1UL << 52) - 1)) | (1023UL << 52)); /* [1, 2) */
    if (m > 0x1.6a09e667f3bcdp+0) { /* sqrt(2) */
        m *= 0.5;
        e++;
    }
    *k = e;
    double mlo = x.lo == 0 ? 0.0 : scalbn(x.lo, -e);
    dd num = fast_two_sum(m - 1.0, mlo);
    dd den = dd_add_d(two_sum(m, 1.0), mlo);
    dd f = dd_div(num, den);
    dd p = gu_poly(dd_mul(f, f), __gu_log_coef, 17, 4);
    dd r = dd_mul(f, p);
    return mkdd(2 * r.hi, 2 * r.lo);
}

dd __gu_log_full(dd x) {
    int k;
    dd l = __gu_log_dd(x, &k);
    return dd_add(dd_mul_d(mkdd(GU_LN2_HI, GU_LN2_LO), (double)k), l);
}

/* NaN, negative, zero and infinite arguments (C17 F.10.3.7): 1 if *r is the result. */
static int log_special(double x, double *r) {
    if (isnan(x)) {
        *r = x + x;
    } else if (x == 0) {
        gu_set_errno(ERANGE);
        *r = -HUGE_VAL;
    } else if (x < 0) {
        gu_set_errno(EDOM);
        *r = __builtin_nan("");
    } else if (isinf(x)) {
        *r = x;
    } else {
        return 0;
    }
    return 1;
}

double log(double x) {
    double r;
    if (log_special(x, &r))
        return r;
    dd l = __gu_log_full(mkdd(x, 0.0));
    return l.hi + l.lo;
}

double log2(double x) {
    double r;
    if (log_special(x, &r))
        return r;
    int k;
    dd l = dd_mul(__gu_log_dd(mkdd(x, 0.0), &k), mkdd(GU_LOG2E_HI, GU_LOG2E_LO));
    l = dd_add_d(l, (double)k);
    return l.hi + l.lo;
}

double log10(double x) {
    double r;
    if (log_special(x, &r))
        return r;
    int k;
    dd l = dd_mul(__gu_log_dd(mkdd(x, 0.0), &k), mkdd(GU_LOG10E_HI, GU_LOG10E_LO));
    l = dd_add(dd_mul_d(mkdd(GU_LOG10_2_HI, GU_LOG10_2_LO), (double)k), l);
    return l.hi + l.lo;
}

double log1p(double x) {
    if (isnan(x))
        return x + x;
    if (x == -1.0) {
        gu_set_errno(ERANGE);
        return -HUGE_VAL;
    }
    if (x < -1.0) {
        gu_set_errno(EDOM);
        return __builtin_nan("");
    }
    if (isinf(x) || gu_fabs(x) < 0x1p-54)
        return x;
    dd l = __gu_log_full(two_sum(1.0, x));
    return l.hi + l.lo;
}

/* erf and erfc.
 *
 * |x| < 1/2: erf x = (2/sqrt(pi)) sum (-1)^n x^(2n+1) / (n! (2n+1)), a Taylor series in
 * s = x^2 <= 1/4 (five terms in dd), and erfc = 1 - erf.
 * |x| >= 1/2: erfc x = e^(-x^2) g(x) with g(x) = e^(x^2) erfc x, smooth and slowly
 * varying. g(c) at c = 1/2, 3/4, ..., 28 is a table of dds (tools/libm_tables.py); from
 * g' = 2x g - 2/sqrt(pi), its Taylor coefficients at c obey
 *     a1 = 2c a0 - 2/sqrt(pi),   a(n+1) = (2c a(n) + 2 a(n-1)) / (n+1),
 * so g(c + h), |h| <= 1/8, is summed from a0 = g(c) with the first terms in dd (18
 * terms reach 2^-72). e^(-x^2) takes x^2 exactly as a dd (fma), and the product is
 * scaled by 2^k once, so erfc keeps its relative accuracy down into the subnormals.
 * erf = 1 - erfc there, and erfc(-x) = 2 - erfc(x). */
#include "libm.h"

#define G_TERMS 18
#define G_DD 5

static dd erf_small(double x) {
    dd p = gu_poly(two_prod(x, x), __gu_erf_coef, 18, 5);
    return dd_mul_d(p, x);
}

/* erfc a = 2^k * result, 1/2 <= a <= 28.125. */
static dd erfc_scaled(double a, int *k) {
    int j = (int)gu_rint(a * 4.0) - 2;
    double c = (j + 2) * 0.25;
    double h = a - c; /* exact: Sterbenz */
    dd coef[G_DD];
    double tail[G_TERMS];
    coef[0] = mkdd(__gu_erfc_g_dd[2 * j], __gu_erfc_g_dd[2 * j + 1]);
    coef[1] = dd_add(dd_mul_d(coef[0], 2 * c), mkdd(-GU_2OSQRTPI_HI, -GU_2OSQRTPI_LO));
    for (int n = 1; n + 1 < G_DD; n++) {
        dd t = dd_add(dd_mul_d(coef[n], 2 * c), dd_mul_d(coef[n - 1], 2.0));
        coef[n + 1] = dd_div_d(t, (double)(n + 1));
    }
    tail[G_DD - 2] = coef[G_DD - 2].hi;
    tail[G_DD - 1] = coef[G_DD - 1].hi;
    for (int n = G_DD - 1; n + 1 < G_TERMS; n++)
        tail[n + 1] = (2 * c * tail[n] + 2 * tail[n - 1]) / (n + 1);
    double p = tail[G_TERMS - 1];
    for (int n = G_TERMS - 2; n >= G_DD; n--)
        p = gu_fma(p, h, tail[n]);
    dd g = mkdd(p, 0.0);
    for (int n = G_DD - 1; n >= 0; n--)
        g = dd_add(dd_mul_d(g, h), coef[n]);
    dd s = two_prod(a, a);
    dd e = __gu_exp_core(dd_neg(s), k);
    return dd_mul(e, g);
}

double erf(double x) {
    double a = gu_fabs(x);
    if (isnan(x))
        return x + x;
    if (a < 0.5) {
        if (a < 0x1p-1000) /* keep the dd product out of the subnormals */
            return (x * 0x1p100 * GU_2OSQRTPI_HI) * 0x1p-100;
        dd r = erf_small(x);
        return r.hi + r.lo;
    }
    double v = 1.0 - 0x1p-60; /* rounds to 1, inexact: erfc(6) < 2^-54 */
    if (a < 6.0) {
        int k;
        dd m = erfc_scaled(a, &k);
        double s = gu_from_bits((uint64_t)(1023 + k) << 52);
        dd r = dd_add_d(mkdd(-m.hi * s, -m.lo * s), 1.0);
        v = r.hi + r.lo;
    }
    return x < 0 ? -v : v;
}

double erfc(double x) {
    double a = gu_fabs(x);
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return x > 0 ? 0.0 : 2.0;
    if (a < 0.5) {
        dd r = dd_add_d(dd_neg(erf_small(x)), 1.0);
        return r.hi + r.lo;
    }
    if (x < 0) {
        if (a >= 6.0)
            return 2.0 - 0x1p-60;
        int k;
        dd m = erfc_scaled(a, &k);
        double s = gu_from_bits((uint64_t)(1023 + k) << 52);
        dd r = dd_add_d(mkdd(-m.hi * s, -m.lo * s), 2.0);
        return r.hi + r.lo;
    }
    if (a > 28.0) {
        gu_set_errno(ERANGE);
        return 0x1p-1074 * 0x1p-60;
    }
    int k;
    dd m = erfc_scaled(a, &k);
    return __gu_scale(m, k);
}

/* lgamma (with signgam and lgamma_r) and tgamma.
 *
 * lgamma, as a dd, for x > 0:
 *   |x| < 1/2:    lgamma(2 + x) - log(1 + x) - log|x|       (Gamma(x+2) = x(x+1)Gamma(x))
 *   [1/2, 3/2):   lgamma(2 + e) - log(1 + e), e = x - 1 exact
 *   [3/2, 5/2):   lgamma(2 + e), e = x - 2 exact
 *   [5/2, 10):    lgamma(y) + log((x-1)(x-2)...y), y in [3/2, 5/2), the product a dd
 *   [10, ...):    Stirling, (x - 1/2) log x - x + log(2pi)/2 + sum B2k/(2k(2k-1)x^(2k-1))
 *                 (14 terms: the asymptotic series is good to 2^-80 from x = 10)
 * lgamma(2 + e) = (1 - gamma) e + sum_{n>=2} (-1)^n (zeta(n) - 1)/n e^n converges for
 * |e| < 2; with |e| <= 1/2 45 terms reach 2^-80 (zeta values from tools/libm_tables.py).
 * Its zeros at x = 1 and 2 are thereby exact, and the results near them keep their
 * relative accuracy. x < -1/2: the reflection formula
 *   lgamma(x) = log(pi) - log|x sin(pi x)| - lgamma(-x),
 * sin(pi x) from x - round(x), which is exact. Near the zeros of lgamma on the negative
 * axis (x = -2.457..., -2.747..., ...) the two logarithms cancel, so where that result
 * is below 2^-12 lgamma is instead the Taylor series around the nearest zero z:
 * psi(z) h + psi'(z)/2 h^2 + ..., h = x - z with z carried to 150 bits (34 zeros, down
 * to -19, where the zeros come closer to the poles than the doubles do).
 * tgamma = +-e^lgamma, the dd lgamma (absolute error ~2^-65) making that good to
 * 2^-64 relative, so tgamma rounds correctly nearly always, for either sign of x. */
#include "libm.h"

int signgam;

static dd l2(double e) { return gu_poly(mkdd(e, 0.0), __gu_lgamma2_coef, 45, 9); }

static dd log1p_dd(double e) { return __gu_log_full(two_sum(1.0, e)); }

static dd stirling(double x) {
    dd l = __gu_log_full(mkdd(x, 0.0));
    dd t = dd_mul(two_sum(x, -0.5), l);
    t = dd_add(dd_add_d(t, -x), mkdd(GU_HALF_LN2PI_HI, GU_HALF_LN2PI_LO));
    double z = 1.0 / x, z2 = z * z, s = __gu_stirling_coef[26];
    for (int i = 12; i >= 0; i--)
        s = gu_fma(s, z2, __gu_stirling_coef[2 * i]);
    return dd_add_d(t, s * z);
}

/* lgamma for x > 0, or -1/2 < x < 0; x < 2^1014 (larger results overflow anyway). */
dd __gu_lgamma_pos(double x) {
    double a = gu_fabs(x);
    if (a < 0.5) {
        dd r = dd_add(l2(x), dd_neg(log1p_dd(x)));
        return dd_add(r, dd_neg(__gu_log_full(mkdd(a, 0.0))));
    }
    if (x < 1.5)
        return dd_add(l2(x - 1.0), dd_neg(log1p_dd(x - 1.0)));
    if (x < 2.5)
        return l2(x - 2.0);
    if (x < 10.0) {
        int n = (int)(x - 1.5);
        dd p = mkdd(x - 1.0, 0.0);
        for (int j = 2; j <= n; j++)
            p = dd_mul_d(p, x - j);
        return dd_add(l2(x - n - 2.0), __gu_log_full(p));
    }
    return stirling(x);
}

/* sin(pi |f|), |f| <= 1/2, as a dd. */
static dd sinpi(double f) {
    double af = gu_fabs(f);
    if (af <= 0.25)
        return __gu_sin_dd(dd_mul_d(mkdd(GU_PI_HI, GU_PI_LO), af));
    return __gu_cos_dd(dd_mul_d(mkdd(GU_PI_HI, GU_PI_LO), 0.5 - af));
}

#define ZEROS (int)(sizeof __gu_lgamma_zeros / sizeof *__gu_lgamma_zeros / 13)

/* lgamma near one of its negative zeros (the nearest): 8 Taylor terms, |h| being
 * below 2^-12 of the distance to the pole there. */
static dd near_zero(double x) {
    const double *z = __gu_lgamma_zeros, *best = z;
    for (int i = 1; i < ZEROS; i++)
        if (gu_fabs(x - z[13 * i]) < gu_fabs(x - best[0]))
            best = z + 13 * i;
    dd h = two_sum(x - best[0], -best[1]); /* x - z_hi is exact (Sterbenz) */
    h = fast_two_sum(h.hi, h.lo - best[2]);
    double p = best[12];
    for (int k = 11; k >= 7; k--)
        p = gu_fma(p, h.hi, best[k]);
    dd r = dd_add(dd_mul(mkdd(p, 0.0), h), mkdd(best[5], best[6]));
    r = dd_add(dd_mul(r, h), mkdd(best[3], best[4]));
    return dd_mul(r, h);
}

/* lgamma for finite x, not a pole, |x| < 2^52 when negative; *sign = sign of Gamma. */
static dd lgamma_dd(double x, int *sign) {
    *sign = 1;
    if (x > -0.5) {
        if (x < 0)
            *sign = -1;
        return __gu_lgamma_pos(x);
    }
    double n = gu_rint(x), f = x - n;
    double fl = f < 0 ? n - 1.0 : n;
    if ((long)fl & 1)
        *sign = -1;
    dd q = dd_mul_d(sinpi(f), -x);
    dd r = dd_add(mkdd(GU_LNPI_HI, GU_LNPI_LO), dd_neg(__gu_log_full(q)));
    r = dd_add(r, dd_neg(__gu_lgamma_pos(-x)));
    if (gu_fabs(r.hi) < 0x1p-12 && x > -19.0)
        return near_zero(x);
    return r;
}

static int is_pole(double x) { return x == 0 || (x < 0 && (x <= -0x1p52 || gu_rint(x) == x)); }

double lgamma_r(double x, int *sign) {
    *sign = 1;
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return gu_fabs(x);
    if (is_pole(x)) {
        if (x == 0 && signbit(x))
            *sign = -1;
        gu_set_errno(ERANGE);
        return HUGE_VAL;
    }
    double a = gu_fabs(x);
    if (a >= 0x1p1000) { /* x (log x - 1), one rounding; overflows from 2^1014.3 */
        dd t = dd_add_d(__gu_log_full(mkdd(a, 0.0)), -1.0);
        double r = gu_fma(t.hi, a, t.lo * a);
        if (isinf(r))
            gu_set_errno(ERANGE);
        return r;
    }
    dd r = lgamma_dd(x, sign);
    return r.hi + r.lo;
}

double lgamma(double x) { return lgamma_r(x, &signgam); }

double tgamma(double x) {
    if (isnan(x))
        return x + x;
    if (x == 0) {
        gu_set_errno(ERANGE);
        return 1.0 / x;
    }
    if (isinf(x) && x > 0)
        return x;
    if (isinf(x) || is_pole(x)) {
        gu_set_errno(EDOM);
        return __builtin_nan("");
    }
    if (x > 171.7) {
        gu_set_errno(ERANGE);
        return HUGE_VAL;
    }
    int sign;
    if (x < -190.0) { /* |Gamma(x)| < 2^-1100 */
        gu_set_errno(ERANGE);
        double fl = gu_rint(x);
        fl = fl > x ? fl - 1.0 : fl;
        return ((long)fl & 1) ? -0.0 : 0.0;
    }
    dd l = lgamma_dd(x, &sign);
    int k;
    dd m = __gu_exp_core(l, &k);
    if (sign < 0)
        m = dd_neg(m);
    return __gu_scale(m, k);
}

/* sinh, cosh, tanh, asinh, acosh, atanh: the definitions, evaluated in dd.
 *
 * The cancellations of the textbook formulas are what dd arithmetic removes:
 *   sinh x = (E + E/(E + 1))/2 with E = e^|x| - 1 (relative accuracy for small x)
 *   cosh x = (e^x + e^-x)/2,   tanh x = E/(E + 2) with E = e^(2|x|) - 1
 *   asinh x = log(x + sqrt(x^2 + 1)),  acosh x = log(x + sqrt(x^2 - 1)),
 *   atanh x = log((1 + x)/(1 - x))/2
 * with x^2 +- 1 and 1 +- x exact as dds: the logarithm's argument is then known to
 * 2^-106 absolutely, and __gu_log_dd takes m - 1 exactly, so results near 0 keep
 * their relative accuracy. Large arguments avoid overflow: sinh and cosh scale
 * e^|x| by 2^(k-1) once; asinh and acosh use log(2x) = log x + ln2. */
#include "libm.h"

static dd half(dd a) { return mkdd(a.hi * 0.5, a.lo * 0.5); }

double sinh(double x) {
    double a = gu_fabs(x);
    if (isnan(x) || isinf(x) || a < 0x1p-26)
        return x;
    double v;
    if (a < 22.0) {
        dd e = __gu_expm1_dd(mkdd(a, 0.0));
        dd s = dd_add(e, dd_div(e, dd_add_d(e, 1.0)));
        v = 0.5 * (s.hi + s.lo);
    } else if (a < 711.0) {
        int k;
        dd m = __gu_exp_core(mkdd(a, 0.0), &k);
        v = __gu_scale(m, k - 1); /* e^-a is below 2^-63 e^a */
    } else {
        gu_set_errno(ERANGE);
        v = HUGE_VAL;
    }
    return x < 0 ? -v : v;
}

double cosh(double x) {
    double a = gu_fabs(x);
    if (isnan(x) || isinf(x))
        return a;
    if (a < 0x1p-27)
        return 1.0;
    if (a >= 711.0) {
        gu_set_errno(ERANGE);
        return HUGE_VAL;
    }
    int k;
    dd m = __gu_exp_core(mkdd(a, 0.0), &k);
    if (a >= 22.0)
        return __gu_scale(m, k - 1);
    double s = gu_from_bits((uint64_t)(1023 + k) << 52);
    dd e = mkdd(m.hi * s, m.lo * s);
    dd c = half(dd_add(e, dd_div(mkdd(1.0, 0.0), e)));
    return c.hi + c.lo;
}

double tanh(double x) {
    double a = gu_fabs(x);
    if (isnan(x))
        return x + x;
    if (a < 0x1p-27)
        return x;
    double v = 1.0 - 0x1p-60; /* rounds to 1, inexact, for |x| >= 22 and inf */
    if (a < 22.0) {
        dd e = __gu_expm1_dd(mkdd(2 * a, 0.0));
        dd t = dd_div(e, dd_add_d(e, 2.0));
        v = t.hi + t.lo;
    }
    return x < 0 ? -v : v;
}

double asinh(double x) {
    double a = gu_fabs(x);
    if (isnan(x) || isinf(x) || a < 0x1p-26)
        return x;
    dd r;
    if (a > 0x1p28) {
        r = dd_add(__gu_log_full(mkdd(a, 0.0)), mkdd(GU_LN2_HI, GU_LN2_LO));
    } else {
        dd s = dd_sqrt(dd_add_d(two_prod(a, a), 1.0));
        r = __gu_log_full(dd_add_d(s, a));
    }
    double v = r.hi + r.lo;
    return x < 0 ? -v : v;
}

double acosh(double x) {
    if (isnan(x))
        return x + x;
    if (x < 1.0) {
        gu_set_errno(EDOM);
        return __builtin_nan("");
    }
    if (isinf(x))
        return x;
    if (x == 1.0)
        return 0.0;
    dd r;
    if (x > 0x1p28) {
        r = dd_add(__gu_log_full(mkdd(x, 0.0)), mkdd(GU_LN2_HI, GU_LN2_LO));
    } else {
        dd s = dd_sqrt(dd_add_d(two_prod(x, x), -1.0));
        r = __gu_log_full(dd_add_d(s, x));
    }
    return r.hi + r.lo;
}

double atanh(double x) {
    double a = gu_fabs(x);
    if (isnan(x))
        return x + x;
    if (a > 1.0) {
        gu_set_errno(EDOM);
        return __builtin_nan("");
    }
    if (a == 1.0) {
        gu_set_errno(ERANGE);
        return x / 0.0;
    }
    if (a < 0x1p-27)
        return x;
    dd q = dd_div(two_sum(1.0, a), two_sum(1.0, -a));
    dd r = half(__gu_log_full(q));
    double v = r.hi + r.lo;
    return x < 0 ? -v : v;
}

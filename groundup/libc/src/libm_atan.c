/* atan, atan2, asin, acos.
 *
 * atan on [0, 1]: with c = j/16 the nearest sixteenth, atan x = atan c + atan t,
 * t = (x - c)/(1 + x c), |t| <= 1/32 (an addition formula). atan c comes from a table
 * of dds (tools/libm_tables.py); atan t = t (1 - s/3 + s^2/5 ...), s = t^2 <= 2^-10,
 * two terms in dd. Above 1, atan x = pi/2 - atan(1/x) with 1/x a dd.
 * atan2 takes the quotient of the smaller by the larger magnitude as a dd (no overflow)
 * and places the angle in its quadrant with pi/2 and pi as dds.
 * asin x = atan2(x, sqrt(1 - x^2)) and acos x = atan2(sqrt(1 - x^2), x), where
 * 1 - x^2 is exact as a dd (fma), so there is no cancellation near |x| = 1. */
#include "libm.h"

dd __gu_atan_dd(dd x) {
    int j = (int)(x.hi * 16.0 + 0.5);
    double c = j * 0.0625;
    dd num = dd_add_d(x, -c);
    dd den = dd_add_d(dd_mul_d(x, c), 1.0);
    dd t = j == 0 ? x : dd_div(num, den);
    dd p = dd_mul(t, gu_poly(dd_mul(t, t), __gu_atan_coef, 10, 2));
    if (j == 0)
        return p;
    return dd_add(mkdd(__gu_atan_table_dd[2 * j], __gu_atan_table_dd[2 * j + 1]), p);
}

/* The angle of (x, y) for x, y >= 0 finite, not both zero, in [0, pi/2]. */
dd __gu_atan2_dd(dd y, dd x) {
    if (y.hi <= x.hi)
        return __gu_atan_dd(dd_div(y, x));
    dd a = __gu_atan_dd(dd_div(x, y));
    return dd_add(mkdd(GU_PIO2_HI, GU_PIO2_LO), dd_neg(a));
}

double atan(double x) {
    if (isnan(x))
        return x + x;
    double a = gu_fabs(x);
    if (a < 0x1p-27)
        return x;
    dd r;
    if (a <= 1.0)
        r = __gu_atan_dd(mkdd(a, 0.0));
    else if (isinf(a) || a > 0x1p60)
        r = mkdd(GU_PIO2_HI, GU_PIO2_LO - 1.0 / a);
    else
        r = __gu_atan2_dd(mkdd(a, 0.0), mkdd(1.0, 0.0));
    double v = r.hi + r.lo;
    return x < 0 ? -v : v;
}

double atan2(double y, double x) {
    if (isnan(x) || isnan(y))
        return x + y;
    double ay = gu_fabs(y), ax = gu_fabs(x);
    int xneg = signbit(x);
    dd r;
    if (y == 0) {
        r = xneg ? mkdd(GU_PI_HI, GU_PI_LO) : mkdd(0.0, 0.0);
    } else if (isinf(ay)) {
        if (isinf(ax))
            r = xneg ? mkdd(GU_3PIO4_HI, GU_3PIO4_LO) : mkdd(GU_PIO4_HI, GU_PIO4_LO);
        else
            r = mkdd(GU_PIO2_HI, GU_PIO2_LO);
    } else if (isinf(ax) || x == 0) {
        if (x == 0)
            r = mkdd(GU_PIO2_HI, GU_PIO2_LO);
        else
            r = xneg ? mkdd(GU_PI_HI, GU_PI_LO) : mkdd(0.0, 0.0);
    } else if (!xneg && ay < ax * 0x1p-28) {
        double q = ay / ax; /* atan q = q (1 - q^2/3): q itself, rounded once */
        if (q == 0)
            gu_set_errno(ERANGE); /* as glibc: an underflow to zero */
        return signbit(y) ? -q : q;
    } else {
        double s = 1.0; /* keep the dd quotient's error terms out of the subnormals */
        if (ax < 0x1p-900 && ay < 0x1p-900)
            s = 0x1p600;
        else if (ax > 0x1p900 || ay > 0x1p900)
            s = 0x1p-200;
        r = __gu_atan2_dd(mkdd(ay * s, 0.0), mkdd(ax * s, 0.0));
        if (xneg)
            r = dd_add(mkdd(GU_PI_HI, GU_PI_LO), dd_neg(r));
    }
    double v = r.hi + r.lo;
    return signbit(y) ? -v : v;
}

/* sqrt(1 - x^2) as a dd, |x| <= 1. */
static dd cosine_of(double x) {
    dd p = two_prod(x, x);
    return dd_sqrt(dd_add_d(dd_neg(p), 1.0));
}

double asin(double x) {
    if (isnan(x))
        return x + x;
    double a = gu_fabs(x);
    if (a > 1.0) {
        gu_set_errno(EDOM);
        return __builtin_nan("");
    }
    if (a < 0x1p-26)
        return x;
    dd r = a == 1.0 ? mkdd(GU_PIO2_HI, GU_PIO2_LO) : __gu_atan2_dd(mkdd(a, 0.0), cosine_of(a));
    double v = r.hi + r.lo;
    return x < 0 ? -v : v;
}

double acos(double x) {
    if (isnan(x))
        return x + x;
    double a = gu_fabs(x);
    if (a > 1.0) {
        gu_set_errno(EDOM);
        return __builtin_nan("");
    }
    if (x == 1.0)
        return 0.0;
    dd r = a < 0x1p-57 ? mkdd(GU_PIO2_HI, GU_PIO2_LO) : __gu_atan2_dd(cosine_of(a), mkdd(a, 0.0));
    if (x < 0)
        r = dd_add(mkdd(GU_PI_HI, GU_PI_LO), dd_neg(r));
    return r.hi + r.lo;
}

/* pow, cbrt and hypot.
 *
 * pow(x, y) = e^(y log|x|), with log|x| a dd good to 2^-75 relative: y log|x| is then
 * a dd whose error, at most 745 * 2^-75 < 2^-65 absolute, moves e^z by under 2^-65
 * relative, so the result is rounded once from a value good to ~2^-64. The special
 * cases are C17 F.10.4.4's table, checked before any arithmetic.
 *
 * cbrt: Newton's iteration y <- y - (y^3 - m)/(3y^2) on m in [1, 8) from a linear first
 * guess (5 steps: 11% -> 2^-52), then one more step with y^3 - m taken exactly as a dd,
 * which leaves y + correction good to ~2^-100 before the last rounding.
 *
 * hypot: sqrt(x^2 + y^2) with the squares and their sum exact as dds and a dd square
 * root, after scaling by a power of 2 that keeps the squares normal and finite. */
#include "libm.h"

/* 0: y is not an integer; 1: an odd integer; 2: an even integer. */
static int integer_kind(double y) {
    double a = gu_fabs(y);
    if (a >= 0x1p53)
        return 2; /* every double this big is even */
    if (a < 1.0)
        return y == 0 ? 2 : 0;
    long t = (long)a;
    if ((double)t != a)
        return 0;
    return (t & 1) ? 1 : 2;
}

static double pow_special(double x, double y, int *handled) {
    double ax = gu_fabs(x);
    *handled = 1;
    if (y == 0 || x == 1.0)
        return 1.0;
    if (isnan(x) || isnan(y))
        return x + y;
    int odd = integer_kind(y) == 1;
    if (x == 0) {
        if (y > 0)
            return odd ? x : 0.0;
        if (!isinf(y))
            gu_set_errno(ERANGE);
        return odd ? 1.0 / x : HUGE_VAL;
    }
    if (isinf(y)) {
        if (ax == 1.0)
            return 1.0;
        return (ax < 1.0) == (y < 0) ? HUGE_VAL : 0.0;
    }
    if (isinf(x)) {
        double r = y > 0 ? HUGE_VAL : 0.0;
        return x < 0 && odd ? -r : r;
    }
    if (x < 0 && integer_kind(y) == 0) {
        gu_set_errno(EDOM);
        return __builtin_nan("");
    }
    *handled = 0;
    return 0.0;
}

double pow(double x, double y) {
    int handled;
    double r = pow_special(x, y, &handled);
    if (handled)
        return r;
    double sign = x < 0 && integer_kind(y) == 1 ? -1.0 : 1.0;
    dd l = __gu_log_full(mkdd(gu_fabs(x), 0.0));
    dd z = dd_mul_d(l, y);
    if (z.hi > 710.0) {
        gu_set_errno(ERANGE);
        return sign * HUGE_VAL;
    }
    if (z.hi < -746.0) {
        gu_set_errno(ERANGE);
        return sign * 0x1p-1074 * 0x1p-60;
    }
    int k;
    dd m = __gu_exp_core(z, &k);
    return __gu_scale(mkdd(sign * m.hi, sign * m.lo), k);
}

double cbrt(double x) {
    if (isnan(x) || isinf(x) || x == 0)
        return x + x;
    double a = gu_fabs(x), post = 1.0;
    if (a < 0x1p-1022) {
        a *= 0x1p54;
        post = 0x1p-18;
    }
    uint64_t u = gu_bits(a);
    int e = (int)(u >> 52) - 1023;
    int q = (e >= 0 ? e : e - 2) / 3; /* floor(e / 3) */
    int rem = e - 3 * q;
    double m = gu_from_bits((u & ((1UL << 52) - 1)) | ((uint64_t)(1023 + rem) << 52));
    double y = 1.0 + (m - 1.0) / 7.0;
    for (int i = 0; i < 5; i++)
        y -= (y * y * y - m) / (3.0 * y * y);
    dd y3 = dd_mul_d(two_prod(y, y), y);
    dd d = dd_add_d(dd_neg(y3), m);
    double r = y + (d.hi + d.lo) / (3.0 * y * y);
    r *= gu_from_bits((uint64_t)(1023 + q) << 52) * post;
    return x < 0 ? -r : r;
}

double hypot(double x, double y) {
    double a = gu_fabs(x), b = gu_fabs(y);
    if (isinf(a) || isinf(b))
        return HUGE_VAL; /* even if the other is a NaN (C17 F.10.4.3) */
    if (isnan(a) || isnan(b))
        return x + y;
    if (a < b) {
        double t = a;
        a = b;
        b = t;
    }
    if (b == 0 || a > b * 0x1p60)
        return a + b; /* b^2 is below 2^-120 a^2: a, rounded as the sum would */
    double s = 1.0;
    if (a > 0x1p500)
        s = 0x1p-600;
    else if (b < 0x1p-500)
        s = 0x1p600;
    a *= s;
    b *= s;
    dd r = dd_sqrt(dd_add(two_prod(a, a), two_prod(b, b)));
    double v = (r.hi + r.lo) / s;
    if (isinf(v))
        gu_set_errno(ERANGE);
    return v;
}

/* math.h for long double, the transcendental part, to DOUBLE accuracy only: each is
 * computed by the double function (libm_*.c) and widened, so it has about 53 correct
 * bits, not binary128's 113 (glibc's are good to 113). Exponent range is kept where
 * it is cheap: expl, exp2l, logl, log2l, log10l and powl scale by powers of two, so
 * that expl(11000) or logl(1e4000L) are right to double accuracy; the others see
 * arguments beyond double's range as infinities or zeros (sinhl(1000) is inf).
 * The exact long double functions are in libm_long_double.c; this file is apart so
 * that using them does not pull in the double library. */
#include <math.h>

#define LN2 0.6931471805599453094172321214581765680755L

/* Whether x is finite with an exponent double can hold (and no underflow on the way) */
static int double_range(long double x) {
    long double a = fabsl(x);
    return a <= 0x1p1000L && a >= 0x1p-1000L;
}

#define VIA_DOUBLE1(name) \
    long double name##l(long double x) { return name((double)x); }
#define VIA_DOUBLE2(name) \
    long double name##l(long double x, long double y) { return name((double)x, (double)y); }

VIA_DOUBLE1(sin)
VIA_DOUBLE1(cos)
VIA_DOUBLE1(tan)
VIA_DOUBLE1(asin)
VIA_DOUBLE1(acos)
VIA_DOUBLE1(atan)
VIA_DOUBLE2(atan2)
VIA_DOUBLE1(sinh)
VIA_DOUBLE1(cosh)
VIA_DOUBLE1(tanh)
VIA_DOUBLE1(asinh)
VIA_DOUBLE1(acosh)
VIA_DOUBLE1(atanh)
VIA_DOUBLE1(expm1)
VIA_DOUBLE1(log1p)
VIA_DOUBLE1(cbrt)
VIA_DOUBLE1(erf)
VIA_DOUBLE1(erfc)
VIA_DOUBLE1(lgamma)
VIA_DOUBLE1(tgamma)

/* e^x = 2^k e^r with r = x - k ln2 in [-ln2/2, ln2/2]. */
long double expl(long double x) {
    if (x != x || fabsl(x) < 700)
        return exp((double)x);
    if (x > 12000)
        return HUGE_VALL;
    if (x < -12000)
        return 0;
    long double k = rintl(x / LN2);
    return ldexpl(exp((double)(x - k * LN2)), (int)k);
}

long double exp2l(long double x) {
    if (x != x || fabsl(x) < 1000)
        return exp2((double)x);
    if (x > 17000)
        return HUGE_VALL;
    if (x < -17000)
        return 0;
    long double k = rintl(x);
    return ldexpl(exp2((double)(x - k)), (int)k);
}

/* log2 x = e + log2 m for x = m 2^e, when x is beyond double's range. */
long double log2l(long double x) {
    if (!(x > 0) || x == HUGE_VALL || double_range(x))
        return log2((double)x);
    int e;
    long double m = frexpl(x, &e);
    return (long double)e + log2((double)m);
}

long double logl(long double x) {
    if (!(x > 0) || x == HUGE_VALL || double_range(x))
        return log((double)x);
    int e;
    long double m = frexpl(x, &e);
    return (long double)e * LN2 + log((double)m);
}

long double log10l(long double x) {
    if (!(x > 0) || x == HUGE_VALL || double_range(x))
        return log10((double)x);
    return logl(x) / 2.302585092994045684017991454684364208L;
}

/* Beyond double's range: |x| sqrt(1 + (y/x)^2) for |x| >= |y|, with sqrtl exact. */
long double hypotl(long double x, long double y) {
    if (double_range(x) && double_range(y))
        return hypot((double)x, (double)y);
    long double a = fabsl(x), b = fabsl(y);
    if (a == HUGE_VALL || b == HUGE_VALL)
        return HUGE_VALL;
    if (a != a || b != b)
        return a + b;
    if (a < b) {
        long double t = a;
        a = b;
        b = t;
    }
    if (a == 0)
        return 0;
    long double r = b / a;
    return a * sqrtl(1 + r * r);
}

/* x^y: in double while x and the result are in double's range; for a positive x
 * otherwise as 2^(y log2 x). A negative x beyond double's range is not handled. */
long double powl(long double x, long double y) {
    if (x > 0 && x != HUGE_VALL && x != 1 && y == y) {
        long double t = y * log2l(x);
        if (fabsl(t) >= 1000 || !double_range(x))
            return exp2l(t);
    }
    return pow((double)x, (double)y);
}

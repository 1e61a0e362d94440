/* The float functions: each is its double function, rounded to float.
 *
 * The double result is within ~0.5 double ulp of the true value, 2^-29 of a float
 * ulp, so rounding it to float is correct unless the true value lies within 2^-29 ulp
 * of a halfway point between floats. What the double computation cannot see is the
 * float range: a result that overflows or underflows to zero only in float sets
 * ERANGE here (C17 7.12.1). */
#include "libm.h"

static float narrow(double r) {
    float f = (float)r;
    if ((isinf(f) && !isinf(r)) || (f == 0 && r != 0))
        gu_set_errno(ERANGE);
    return f;
}

#define FLOAT1(name) \
    float name##f(float x) { return narrow(name((double)x)); }
#define FLOAT2(name) \
    float name##f(float x, float y) { return narrow(name((double)x, (double)y)); }

FLOAT1(exp)
FLOAT1(exp2)
FLOAT1(expm1)
FLOAT1(log)
FLOAT1(log2)
FLOAT1(log10)
FLOAT1(log1p)

/* glibc's powf also reports an underflow when the result is below the smallest
 * subnormal, 2^-149, but rounds up to it. */
float powf(float x, float y) {
    double r = pow((double)x, (double)y);
    if (r != 0 && gu_fabs(r) < 0x1p-149)
        gu_set_errno(ERANGE);
    return narrow(r);
}
FLOAT1(sin)
FLOAT1(cos)
FLOAT1(tan)
FLOAT1(asin)
FLOAT1(acos)
FLOAT1(atan)
FLOAT2(atan2)
FLOAT1(sinh)
FLOAT1(cosh)
FLOAT1(tanh)
FLOAT1(asinh)
FLOAT1(acosh)
FLOAT1(atanh)
FLOAT1(cbrt)
FLOAT1(erf)
FLOAT1(erfc)
FLOAT1(tgamma)
FLOAT1(lgamma)
FLOAT1(logb)
FLOAT2(fdim)

float lgammaf_r(float x, int *sign) { return narrow(lgamma_r((double)x, sign)); }

void sincosf(float x, float *s, float *c) {
    double sd, cd;
    sincos((double)x, &sd, &cd);
    *s = (float)sd;
    *c = (float)cd;
}

/* Exact in double: the squares of floats have 48 bits, the sum rounds once. */
float hypotf(float x, float y) {
    double a = x, b = y;
    if (isinf(a) || isinf(b))
        return HUGE_VALF;
    return narrow(gu_sqrt(a * a + b * b));
}

float nextafterf(float x, float y) {
    if (isnan(x) || isnan(y))
        return x + y;
    if (x == y)
        return y;
    union { float f; uint32_t u; } v = {x};
    if (x == 0) {
        v.u = 1; /* the smallest subnormal, toward y */
        return y > 0 ? v.f : -v.f;
    }
    if ((x < y) == (x > 0))
        v.u++;
    else
        v.u--;
    return v.f;
}

float remquof(float x, float y, int *quo) { return (float)remquo(x, y, quo); }
long lrintf(float x) { return lrint(x); }
long long llrintf(float x) { return llrint(x); }
long long llroundf(float x) { return llround(x); }
float scalblnf(float x, long n) { return (float)scalbln(x, n); }

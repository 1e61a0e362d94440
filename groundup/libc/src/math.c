/* math.h, the exact part: functions whose result is exactly determined by the bits of
 * the arguments, done with integer operations on those bits or with one RISC-V
 * instruction (fsqrt, fmin, fmax, fmadd are correctly rounded by the ISA).
 *
 *   double:  63 sign | 62..52 biased exponent (1023) | 51..0 fraction
 *
 * The transcendental functions (and hypot, which needs a dd sum of squares to round
 * correctly) are in libm_*.c. Not here yet: the long double versions, except those
 * that only move bits. */
#include <errno.h>
#include <math.h>
#include <stdint.h>

static uint64_t bits(double x) {
    union { double d; uint64_t u; } v = {x};
    return v.u;
}

static double from_bits(uint64_t u) {
    union { uint64_t u; double d; } v = {u};
    return v.d;
}

static uint32_t fbits(float x) {
    union { float f; uint32_t u; } v = {x};
    return v.u;
}

static float from_fbits(uint32_t u) {
    union { uint32_t u; float f; } v = {u};
    return v.f;
}

static int exponent(uint64_t u) { return (int)((u >> 52) & 0x7ff) - 1023; }

double fabs(double x) { return from_bits(bits(x) & ~(1UL << 63)); }
float fabsf(float x) { return from_fbits(fbits(x) & 0x7fffffffu); }
double copysign(double x, double y) {
    return from_bits((bits(x) & ~(1UL << 63)) | (bits(y) & (1UL << 63)));
}
float copysignf(float x, float y) {
    return from_fbits((fbits(x) & 0x7fffffffu) | (fbits(y) & 0x80000000u));
}

double sqrt(double x) {
    double r;
    __asm__("fsqrt.d %0, %1" : "=f"(r) : "f"(x));
    return r;
}
float sqrtf(float x) {
    float r;
    __asm__("fsqrt.s %0, %1" : "=f"(r) : "f"(x));
    return r;
}
double fmin(double x, double y) {
    double r;
    __asm__("fmin.d %0, %1, %2" : "=f"(r) : "f"(x), "f"(y));
    return r;
}
double fmax(double x, double y) {
    double r;
    __asm__("fmax.d %0, %1, %2" : "=f"(r) : "f"(x), "f"(y));
    return r;
}
float fminf(float x, float y) {
    float r;
    __asm__("fmin.s %0, %1, %2" : "=f"(r) : "f"(x), "f"(y));
    return r;
}
float fmaxf(float x, float y) {
    float r;
    __asm__("fmax.s %0, %1, %2" : "=f"(r) : "f"(x), "f"(y));
    return r;
}
double fma(double x, double y, double z) {
    double r;
    __asm__("fmadd.d %0, %1, %2, %3" : "=f"(r) : "f"(x), "f"(y), "f"(z));
    return r;
}
float fmaf(float x, float y, float z) {
    float r;
    __asm__("fmadd.s %0, %1, %2, %3" : "=f"(r) : "f"(x), "f"(y), "f"(z));
    return r;
}
double fdim(double x, double y) {
    if (isnan(x) || isnan(y))
        return x + y;
    return x > y ? x - y : 0.0;
}

/* --- rounding to integers -------------------------------------------------------- */

double trunc(double x) {
    uint64_t u = bits(x);
    int e = exponent(u);
    if (e >= 52)
        return x; /* already an integer, or inf/nan */
    if (e < 0)
        return from_bits(u & (1UL << 63));
    return from_bits(u & ~((1UL << (52 - e)) - 1));
}

double floor(double x) {
    double t = trunc(x);
    return x < 0 && t != x ? t - 1.0 : t;
}

double ceil(double x) {
    double t = trunc(x);
    return x > 0 && t != x ? t + 1.0 : t;
}

double round(double x) {
    double t = trunc(x);
    if (fabs(x - t) >= 0.5)
        return t + copysign(1.0, x);
    return t;
}

/* To nearest, ties to even (the default rounding mode): adding and subtracting 2^52
 * leaves no fraction bits, and the hardware rounds as it drops them. */
double rint(double x) {
    volatile double big = 4503599627370496.0;
    double a = fabs(x);
    if (!(a < 4503599627370496.0))
        return x;
    double r = (a + big) - big;
    return copysign(r, x);
}

double nearbyint(double x) { return rint(x); }
long lround(double x) { return (long)round(x); }
long long llround(double x) { return (long long)round(x); }
long lrint(double x) { return (long)rint(x); }
long long llrint(double x) { return (long long)rint(x); }

float truncf(float x) { return (float)trunc(x); }
float floorf(float x) { return (float)floor(x); }
float ceilf(float x) { return (float)ceil(x); }
float roundf(float x) { return (float)round(x); }
float rintf(float x) { return (float)rint(x); }
float nearbyintf(float x) { return (float)rint(x); }
long lroundf(float x) { return (long)round(x); }

double modf(double x, double *ip) {
    double t = trunc(x);
    *ip = t;
    if (isinf(x))
        return copysign(0.0, x);
    return copysign(x - t, x);
}

float modff(float x, float *ip) {
    double i;
    float f = (float)modf(x, &i);
    *ip = (float)i;
    return f;
}

/* --- exponents --------------------------------------------------------------------- */

double frexp(double x, int *e) {
    uint64_t u = bits(x);
    int raw = (int)((u >> 52) & 0x7ff);
    if (raw == 0) {
        if (x == 0) {
            *e = 0;
            return x;
        }
        x *= 18014398509481984.0; /* 2^54: a subnormal becomes normal */
        u = bits(x);
        raw = (int)((u >> 52) & 0x7ff) - 54;
        *e = raw - 1022;
        return from_bits((u & ~(0x7ffUL << 52)) | (1022UL << 52));
    }
    if (raw == 0x7ff) {
        *e = 0;
        return x;
    }
    *e = raw - 1022;
    return from_bits((u & ~(0x7ffUL << 52)) | (1022UL << 52));
}

float frexpf(float x, int *e) { return (float)frexp(x, e); }

/* x * 2^n in at most three exact steps; the last one rounds once, even into the
 * subnormal range (scaling by 2^-1022 * 2^53 first keeps it from rounding twice). */
double scalbn(double x, int n) {
    if (n > 1023) {
        x *= 0x1p1023;
        n -= 1023;
        if (n > 1023) {
            x *= 0x1p1023;
            n -= 1023;
            if (n > 1023)
                n = 1023;
        }
    } else if (n < -1022) {
        x *= 0x1p-1022 * 0x1p53;
        n += 1022 - 53;
        if (n < -1022) {
            x *= 0x1p-1022 * 0x1p53;
            n += 1022 - 53;
            if (n < -1022)
                n = -1022;
        }
    }
    return x * from_bits((uint64_t)(0x3ff + n) << 52);
}

double ldexp(double x, int n) { return scalbn(x, n); }
double scalbln(double x, long n) {
    return scalbn(x, n > 100000 ? 100000 : n < -100000 ? -100000 : (int)n);
}
float scalbnf(float x, int n) { return (float)scalbn(x, n); }
float ldexpf(float x, int n) { return (float)scalbn(x, n); }

int ilogb(double x) {
    int e;
    if (x == 0)
        return FP_ILOGB0;
    if (isnan(x))
        return FP_ILOGBNAN;
    if (isinf(x))
        return 2147483647;
    frexp(x, &e);
    return e - 1;
}

int ilogbf(float x) { return ilogb(x); }

double logb(double x) {
    if (x == 0)
        return -1.0 / fabs(x);
    if (isinf(x))
        return fabs(x);
    if (isnan(x))
        return x;
    return (double)ilogb(x);
}

double nextafter(double x, double y) {
    if (isnan(x) || isnan(y))
        return x + y;
    if (x == y)
        return y;
    if (x == 0)
        return copysign(from_bits(1), y);
    uint64_t u = bits(x);
    if ((x < y) == (x > 0))
        u++;
    else
        u--;
    return from_bits(u);
}

double nan(const char *tag) {
    (void)tag;
    return __builtin_nan("");
}
float nanf(const char *tag) {
    (void)tag;
    return __builtin_nanf("");
}

/* --- remainders -------------------------------------------------------------------- */

/* fmod: x - n*y with n = trunc(x/y), exact. Long division on the significands: shift
 * the divisor's significand up to the dividend's exponent, subtracting as we go. */
double fmod(double x, double y) {
    uint64_t ux = bits(x), uy = bits(y);
    uint64_t sign = ux & (1UL << 63);
    int ex = (int)((ux >> 52) & 0x7ff), ey = (int)((uy >> 52) & 0x7ff);
    if (isnan(x) || isnan(y) || ex == 0x7ff || y == 0)
        return (x * y) / (x * y);
    ux &= ~(1UL << 63);
    uy &= ~(1UL << 63);
    if (ux < uy)
        return x;
    if (ux == uy)
        return from_bits(sign);
    uint64_t mx = ux & ((1UL << 52) - 1), my = uy & ((1UL << 52) - 1);
    /* normalize: significands with the leading bit at 52, exponents unbiased by 1 */
    if (ex == 0) {
        ex = 1;
        while (!(mx & (1UL << 52))) {
            mx <<= 1;
            ex--;
        }
    } else {
        mx |= 1UL << 52;
    }
    if (ey == 0) {
        ey = 1;
        while (!(my & (1UL << 52))) {
            my <<= 1;
            ey--;
        }
    } else {
        my |= 1UL << 52;
    }
    for (; ex > ey; ex--) {
        if (mx >= my)
            mx -= my;
        if (mx == 0)
            return from_bits(sign);
        mx <<= 1;
    }
    if (mx >= my)
        mx -= my;
    if (mx == 0)
        return from_bits(sign);
    while (!(mx & (1UL << 52))) {
        mx <<= 1;
        ex--;
    }
    if (ex > 0)
        return from_bits(sign | ((uint64_t)ex << 52) | (mx & ((1UL << 52) - 1)));
    return from_bits(sign | (mx >> (1 - ex))); /* subnormal: exact (no bits are lost) */
}

float fmodf(float x, float y) { return (float)fmod(x, y); }

/* remainder: x - n*y with n the integer nearest x/y (ties to even). */
double remainder(double x, double y) {
    if (isnan(x) || isnan(y) || isinf(x) || y == 0)
        return (x * y) / (x * y);
    double ay = fabs(y), a = fabs(x);
    int odd = 0;
    if (ay <= 0x1p1022) {
        a = fmod(a, ay + ay); /* now a < 2|y|, with an even quotient taken off */
        if (a >= ay) {
            a -= ay;
            odd = 1;
        }
    } else {
        a = fmod(a, ay);
    }
    if (a + a > ay || (a + a == ay && odd))
        a -= ay;
    return signbit(x) ? -a : a;
}

double remquo(double x, double y, int *quo) {
    double r = remainder(x, y);
    double n = rint((x - r) / y);
    *quo = (int)fmod(fabs(n), 8.0) * (((x < 0) != (y < 0)) ? -1 : 1);
    return r;
}

float remainderf(float x, float y) { return (float)remainder(x, y); }

/* long double: only what moves bits (binary128: sign, 15-bit exponent, 112 bits). */
long double fabsl(long double x) {
    union { long double x; uint64_t w[2]; } v;
    v.x = x;
    v.w[1] &= ~(1UL << 63);
    return v.x;
}

long double copysignl(long double x, long double y) {
    union { long double x; uint64_t w[2]; } v, s;
    v.x = x;
    s.x = y;
    v.w[1] = (v.w[1] & ~(1UL << 63)) | (s.w[1] & (1UL << 63));
    return v.x;
}

/* sin, cos, tan, sincos: argument reduction modulo pi/2, then Taylor series.
 *
 * Reduction: x = n pi/2 + r, |r| <= pi/4 (a hair more after rounding n), r as a dd.
 *  - |x| < 2^20 pi/2: Cody-Waite. pi/2 = C1 + C2 + C3 (+ C3lo) with C1 and C2 on 33
 *    bits, so n C1 and n C2 are exact for n < 2^20, x - n C1 is exact (Sterbenz) and
 *    the rest is dd arithmetic: pi/2 is carried to 172 bits, and the closest a double
 *    below 2^20 comes to a multiple of pi/2 is about 2^-60, leaving 90 good bits.
 *  - larger |x| = m 2^e (m a 53-bit integer): Payne-Hanek. Bits of 2/pi whose product
 *    with m 2^e is a multiple of 4 do not matter (the quadrant is taken mod 4); the
 *    192 bits after those, times m, give x 2/pi mod 4 in fixed point with 190 fraction
 *    bits. The bits of 2/pi come from tools/libm_tables.py (exact integer arithmetic).
 * sin r = r (1 - t/3! + t^2/5! ...) and cos r = 1 - t/2! + ..., t = r^2 <= 0.62: the
 * first four terms in dd (the fifth is below 2^-21 relative), the rest in double.
 * tan = sin / cos (or -cos / sin in odd quadrants) as a dd quotient. */
#include "libm.h"

static inline unsigned long mulhu(unsigned long a, unsigned long b) {
    unsigned long r;
    __asm__("mulhu %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}

/* 192 bits of 2/pi starting at bit `first` after the binary point (1 = the first). */
static void window(int first, unsigned long w[3]) {
    int s = first - 1 + 64; /* the table starts with one zero word */
    int q = s / 64, sh = s % 64;
    const unsigned long *t = __gu_2opi_bits;
    for (int i = 0; i < 3; i++)
        w[i] = sh == 0 ? t[q + i] : (t[q + i] << sh) | (t[q + i + 1] >> (64 - sh));
}

/* Payne-Hanek, for |x| >= 2^20 (so e >= -32 and the window starts at bit >= 1 - 33). */
static int payne_hanek(double x, dd *r) {
    uint64_t u = gu_bits(x);
    unsigned long m = (u & ((1UL << 52) - 1)) | (1UL << 52);
    int e = (int)((u >> 52) & 0x7ff) - 1075; /* |x| = m 2^e */
    unsigned long w[3];
    window(e - 1, w);
    /* (m * W) mod 2^192, W = w0:w1:w2 */
    unsigned long r2 = m * w[2], h2 = mulhu(m, w[2]);
    unsigned long l1 = m * w[1], h1 = mulhu(m, w[1]);
    unsigned long r1 = h2 + l1;
    unsigned long r0 = m * w[0] + h1 + (r1 < h2);
    int n = (int)(r0 >> 62);
    /* the fraction, 190 bits, moved to the top: f0:f1:f2 (f0's top bit = 1/2) */
    unsigned long f0 = (r0 << 2) | (r1 >> 62), f1 = (r1 << 2) | (r2 >> 62), f2 = r2 << 2;
    int neg = (int)(f0 >> 63);
    if (neg) { /* fraction >= 1/2: take the next quadrant, fraction - 1 */
        n++;
        f0 = ~f0;
        f1 = ~f1;
        f2 = ~f2;
        if (++f2 == 0 && ++f1 == 0)
            f0++;
    }
    int z = 0; /* normalize: the fraction is >= 2^-70 or so, within two words */
    while (f0 == 0 && z < 128) {
        f0 = f1;
        f1 = f2;
        f2 = 0;
        z += 64;
    }
    int c = __builtin_clzl(f0);
    if (c) {
        f0 = (f0 << c) | (f1 >> (64 - c));
        f1 = (f1 << c) | (f2 >> (64 - c));
    }
    z += c;
    /* value = (f0:f1) 2^(-128 - z); split its top 106 bits into two doubles */
    double hi = (double)(f0 >> 11) * scalbn(1.0, -53 - z);
    double lo = (double)(((f0 & 0x7ff) << 42) | (f1 >> 22)) * scalbn(1.0, -106 - z);
    dd f = fast_two_sum(hi, lo);
    f = dd_mul(f, mkdd(GU_PIO2_HI, GU_PIO2_LO));
    *r = neg ? dd_neg(f) : f;
    return n;
}

int __gu_rem_pio2(double x, dd *r) {
    double a = gu_fabs(x);
    if (a <= 0x1.921fb54442d18p-1) {
        *r = mkdd(x, 0.0);
        return 0;
    }
    int n;
    if (a < 0x1.921fb54442d18p+20) {
        double kd = gu_rint(x * GU_2OPI);
        n = (int)kd;
        double t = gu_fma(-kd, GU_PIO2_C1, x);
        dd s = two_sum(t, -kd * GU_PIO2_C2);
        dd c = two_prod(kd, GU_PIO2_C3_HI);
        c.lo = gu_fma(kd, GU_PIO2_C3_LO, c.lo);
        *r = dd_add(s, dd_neg(c));
        return n;
    }
    n = payne_hanek(a, r);
    if (x < 0) {
        *r = dd_neg(*r);
        n = -n;
    }
    return n;
}

dd __gu_sin_dd(dd r) {
    dd p = gu_poly(dd_mul(r, r), __gu_sin_coef, 12, 4);
    return dd_mul(r, p);
}

dd __gu_cos_dd(dd r) { return gu_poly(dd_mul(r, r), __gu_cos_coef, 13, 4); }

/* sin(inf), cos(inf), tan(inf): NaN (C17 F.10.1.6). glibc leaves errno alone (for
 * all its C17 7.12.1 says a domain error "occurs"), and so do we. */
static double trig_domain(double x) { return x - x; }

double sin(double x) {
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return trig_domain(x);
    if (gu_fabs(x) < 0x1p-26)
        return x;
    dd r;
    int n = __gu_rem_pio2(x, &r);
    dd s = (n & 1) ? __gu_cos_dd(r) : __gu_sin_dd(r);
    if (n & 2)
        s = dd_neg(s);
    return s.hi + s.lo;
}

double cos(double x) {
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return trig_domain(x);
    if (gu_fabs(x) < 0x1p-27)
        return 1.0;
    dd r;
    int n = __gu_rem_pio2(x, &r);
    dd c = (n & 1) ? dd_neg(__gu_sin_dd(r)) : __gu_cos_dd(r);
    if (n & 2)
        c = dd_neg(c);
    return c.hi + c.lo;
}

void sincos(double x, double *sp, double *cp) {
    if (isnan(x) || isinf(x) || gu_fabs(x) < 0x1p-27) {
        *sp = sin(x);
        *cp = cos(x);
        return;
    }
    dd r;
    int n = __gu_rem_pio2(x, &r);
    dd s = __gu_sin_dd(r), c = __gu_cos_dd(r);
    if (n & 1) {
        dd t = s;
        s = c;
        c = dd_neg(t);
    }
    if (n & 2) {
        s = dd_neg(s);
        c = dd_neg(c);
    }
    *sp = s.hi + s.lo;
    *cp = c.hi + c.lo;
}

double tan(double x) {
    if (isnan(x))
        return x + x;
    if (isinf(x))
        return trig_domain(x);
    if (gu_fabs(x) < 0x1p-27)
        return x;
    dd r;
    int n = __gu_rem_pio2(x, &r);
    dd s = __gu_sin_dd(r), c = __gu_cos_dd(r);
    dd t = (n & 1) ? dd_neg(dd_div(c, s)) : dd_div(s, c);
    return t.hi + t.lo;
}

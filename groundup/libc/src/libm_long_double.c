/* math.h for long double (binary128), the exact part: functions whose result is the
 * exact one, or the exact one rounded once to nearest (ties to even), computed with
 * integer operations on the bits (softfp.h) or with binary128 arithmetic that is
 * itself exact (softfp.c).
 *
 *   binary128:  127 sign | 126..112 biased exponent (16383) | 111..0 fraction
 *
 * A NaN argument gives the default NaN (positive, quiet), as glibc's binary128
 * functions do on RISC-V, except where C asks for the other argument (fmin, fmax)
 * or the bits only move (fabsl, copysignl in math.c). The transcendental functions
 * (expl, logl, sinl ...) are in libm_long_double_approx.c, to double accuracy only. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include "softfp.h"

#define BIAS 16383

static long double default_nan(void) { return ld_from(__gu_sf_special(SF_NAN, 0, SF_Q)); }

static struct sf unpack(long double x) { return __gu_sf_unpack(ld_bits(x), SF_Q); }

static long double pack(int sign, int exp, u128 sig, int sticky) {
    return ld_from(__gu_sf_round(sign, exp, sig, sticky, SF_Q, 0));
}

/* sqrtl: the integer square root, one bit per step ("digit by digit": each step
 * brings down two bits of the radicand and keeps remainder = radicand - root^2), of
 * the significand shifted up by 118 bits, so that the root has 116 bits: 113 kept,
 * a rounding bit, two more; a nonzero remainder is the sticky bit. The exponent is
 * made even first so that it halves exactly. */
long double sqrtl(long double x) {
    struct sf u = unpack(x);
    if (u.cls == SF_NAN || (u.sign && u.cls != SF_ZERO))
        return default_nan();
    if (u.cls != SF_NUM)
        return x; /* +-0, +inf */
    int shift = u128_clz(u.sig) - 15; /* the leading 1 to bit 112 */
    u.sig = u128_shl(u.sig, shift);
    u.exp -= shift;
    if (u.exp & 1) {
        u.sig = u128_shl(u.sig, 1);
        u.exp--;
    }
    u128 high = u128_shr(u.sig, 10), low = u128_shl(u.sig, 118);
    uint64_t radicand[4] = {low.lo, low.hi, high.lo, high.hi}; /* sig << 118 */
    uint64_t rh = 0, rl = 0, qh = 0, ql = 0;                   /* remainder, root */
    for (int pos = 254; pos >= 0; pos -= 2) {
        uint64_t two = (radicand[pos >> 6] >> (pos & 63)) & 3;
        rh = (rh << 2) | (rl >> 62);
        rl = (rl << 2) | two;
        uint64_t th = (qh << 2) | (ql >> 62), tl = (ql << 2) | 1; /* 4 root + 1 */
        qh = (qh << 1) | (ql >> 63);
        ql <<= 1;
        if (rh > th || (rh == th && rl >= tl)) {
            rh = rh - th - (rl < tl);
            rl -= tl;
            ql |= 1;
        }
    }
    u128 root = u128_make(qh, ql), rem = u128_make(rh, rl);
    return pack(0, (u.exp - 118) / 2, root, !u128_is_zero(rem));
}

/* --- to an integral value ------------------------------------------------------- */

enum mode { TRUNC, FLOOR, CEIL, ROUND, RINT };

/* x rounded to an integer in the given direction: the fraction bits below the binary
 * point are cleared, and one unit added at the point when the direction asks for it
 * (a carry out of the significand goes into the exponent by itself). */
static long double integral(long double x, enum mode mode) {
    u128 b = ld_bits(x);
    struct sf u = __gu_sf_unpack(b, SF_Q);
    if (u.cls == SF_NAN)
        return default_nan();
    if (u.cls != SF_NUM || u.exp >= 0)
        return x; /* zero, infinity, or no fraction bits */
    int sign = u.sign, e = (int)((b.hi >> 48) & 0x7fff);
    if (e < BIAS) { /* |x| < 1: 0 or 1 */
        int one = 0;
        switch (mode) {
        case TRUNC: break;
        case FLOOR: one = sign; break;
        case CEIL: one = !sign; break;
        case ROUND: one = e == BIAS - 1; break;
        case RINT: /* more than a half (exactly 1/2 has only the implicit bit, 2^112) */
            one = e == BIAS - 1 && !u128_eq(u.sig, u128_make(1UL << 48, 0));
            break;
        }
        u128 r = one ? u128_make((uint64_t)BIAS << 48, 0) : u128_make(0, 0);
        r.hi |= (uint64_t)sign << 63;
        return ld_from(r);
    }
    int f = -u.exp; /* fraction bits: 1 .. 112 */
    u128 unit = u128_shl(u128_make(0, 1), f);
    u128 frac = u128_shr(u128_shl(b, 128 - f), 128 - f);
    if (u128_is_zero(frac))
        return x;
    u128 half = u128_shr(unit, 1), r = u128_sub(b, frac);
    int up = 0;
    switch (mode) {
    case TRUNC: break;
    case FLOOR: up = sign; break;
    case CEIL: up = !sign; break;
    case ROUND: up = !u128_lt(frac, half); break;
    case RINT: /* ties to the even neighbour: bit f of r is the units bit (for f = 112
                  the exponent's lowest bit, 1 for [1, 2), which is right: 1 is odd) */
        up = u128_lt(half, frac) ||
             (u128_eq(frac, half) && !u128_is_zero(u128_shr(u128_shl(r, 127 - f), 127)));
        break;
    }
    return ld_from(up ? u128_add(r, unit) : r);
}

long double truncl(long double x) { return integral(x, TRUNC); }
long double floorl(long double x) { return integral(x, FLOOR); }
long double ceill(long double x) { return integral(x, CEIL); }
long double roundl(long double x) { return integral(x, ROUND); }
long double rintl(long double x) { return integral(x, RINT); }
long double nearbyintl(long double x) { return integral(x, RINT); }

/* Out of range the conversion saturates; a NaN counts as an infinity of its sign. */
static long double keep_nan(long double x, long double rounded) {
    return unpack(x).cls == SF_NAN ? x : rounded;
}

long lroundl(long double x) { return (long)keep_nan(x, roundl(x)); }
long long llroundl(long double x) { return (long long)keep_nan(x, roundl(x)); }
long lrintl(long double x) { return (long)keep_nan(x, rintl(x)); }
long long llrintl(long double x) { return (long long)keep_nan(x, rintl(x)); }

/* modfl: the integral part by truncation, the fraction x - trunc(x) (exact), with
 * x's sign even when it is zero. */
long double modfl(long double x, long double *ip) {
    struct sf u = unpack(x);
    if (u.cls == SF_NAN)
        return *ip = default_nan();
    *ip = truncl(x);
    if (u.cls == SF_INF || u128_eq(ld_bits(x), ld_bits(*ip)))
        return ld_from(__gu_sf_special(SF_ZERO, u.sign, SF_Q));
    return x - *ip;
}

/* --- exponents ------------------------------------------------------------------ */

/* x * 2^n, rounded once if the result is subnormal. */
long double scalbnl(long double x, int n) {
    struct sf u = unpack(x);
    if (u.cls == SF_NAN)
        return default_nan();
    if (u.cls != SF_NUM)
        return x;
    n = n > 40000 ? 40000 : n < -40000 ? -40000 : n; /* beyond that, inf or 0 anyway */
    return pack(u.sign, u.exp + n, u.sig, 0);
}

long double ldexpl(long double x, int n) {
    long double r = scalbnl(x, n);
    struct sf u = unpack(r);
    if (u.cls == SF_INF && unpack(x).cls == SF_NUM)
        errno = ERANGE;
    else if (u.cls == SF_ZERO && unpack(x).cls == SF_NUM)
        errno = ERANGE;
    return r;
}

long double scalblnl(long double x, long n) {
    return scalbnl(x, n > 40000 ? 40000 : n < -40000 ? -40000 : (int)n);
}

/* x = m * 2^e with 0.5 <= |m| < 1. */
long double frexpl(long double x, int *e) {
    struct sf u = unpack(x);
    *e = 0;
    if (u.cls == SF_NAN)
        return default_nan();
    if (u.cls != SF_NUM)
        return x;
    int shift = u128_clz(u.sig) - 15;
    *e = u.exp - shift + 113;
    return pack(u.sign, -113, u128_shl(u.sig, shift), 0);
}

/* The remainders, exact: x - n*y for n = x/y truncated (fmodl) or rounded to nearest,
 * ties to even (remainderl). The long division of the significands runs in units of
 * 2^(eb-1), half the last place of y, one bit of x's exponent excess per step; the
 * last quotient bit tells whether n is odd. */
static long double remainder_of(long double x, long double y, int nearest) {
    struct sf a = unpack(x), b = unpack(y);
    if (a.cls == SF_NAN || b.cls == SF_NAN || a.cls == SF_INF || b.cls == SF_ZERO)
        return default_nan();
    if (a.cls == SF_ZERO || b.cls == SF_INF)
        return x;
    int sa = u128_clz(a.sig) - 15, sb = u128_clz(b.sig) - 15;
    u128 r = u128_shl(a.sig, sa), m = u128_shl(b.sig, sb), twice = u128_shl(m, 1);
    int eb = b.exp - sb, d = a.exp - sa - eb + 1, odd = 0, sign = a.sign;
    if (d < 0)
        return x; /* |x| < |y| / 2 */
    for (;; d--) {
        odd = !u128_lt(r, twice);
        if (odd)
            r = u128_sub(r, twice);
        if (d == 0)
            break;
        r = u128_shl(r, 1);
    }
    if (nearest && (u128_lt(m, r) || (u128_eq(r, m) && odd))) {
        r = u128_sub(twice, r); /* the next multiple of y is nearer */
        sign ^= 1;
    }
    if (u128_is_zero(r))
        return ld_from(__gu_sf_special(SF_ZERO, a.sign, SF_Q));
    return pack(sign, eb - 1, r, 0);
}

long double fmodl(long double x, long double y) { return remainder_of(x, y, 0); }
long double remainderl(long double x, long double y) { return remainder_of(x, y, 1); }

/* The exponent of x, floor(log2 |x|), as a long double (logbl(0) is -inf). */
long double logbl(long double x) {
    struct sf u = unpack(x);
    if (u.cls == SF_NAN)
        return default_nan();
    if (u.cls != SF_NUM)
        return ld_from(__gu_sf_special(SF_INF, u.cls == SF_ZERO, SF_Q));
    return (long double)(u.exp + 127 - u128_clz(u.sig));
}

/* --- neighbours, minimum and maximum -------------------------------------------- */

long double nextafterl(long double x, long double y) {
    struct sf a = unpack(x), b = unpack(y);
    if (a.cls == SF_NAN || b.cls == SF_NAN)
        return default_nan();
    if (x == y)
        return y;
    if (a.cls == SF_ZERO) /* the smallest subnormal toward y */
        return ld_from(u128_make((uint64_t)b.sign << 63, 1));
    u128 bits = ld_bits(x);
    int away = (x < y) != a.sign; /* away from zero */
    bits = away ? u128_add(bits, u128_make(0, 1)) : u128_sub(bits, u128_make(0, 1));
    int e = (int)(bits.hi >> 48) & 0x7fff;
    if (e == 0x7fff || e == 0)
        errno = ERANGE; /* overflow, or a subnormal or zero result */
    return ld_from(bits);
}

long double nexttowardl(long double x, long double y) { return nextafterl(x, y); }

static int signaling(struct sf u) { return u.cls == SF_NAN && !(u.sig.hi >> 47 & 1); }

/* C17 F.10.9.2-3: a quiet NaN argument is ignored; a signaling one makes a NaN; equal
 * arguments (+0 and -0) give the first. */
static long double pick(long double x, long double y, int want_max) {
    struct sf a = unpack(x), b = unpack(y);
    if (signaling(a) || signaling(b))
        return default_nan();
    if (b.cls == SF_NAN)
        return x;
    if (a.cls == SF_NAN)
        return y;
    if (x == y)
        return x;
    return (x < y) == want_max ? y : x;
}

long double fminl(long double x, long double y) { return pick(x, y, 0); }
long double fmaxl(long double x, long double y) { return pick(x, y, 1); }

long double fdiml(long double x, long double y) {
    struct sf a = unpack(x), b = unpack(y);
    if (a.cls == SF_NAN || b.cls == SF_NAN)
        return default_nan();
    return x > y ? x - y : 0.0L;
}

/* --- fused multiply-add --------------------------------------------------------- */

/* 256-bit numbers as four words, least significant first. */
static void shr256_jam(uint64_t w[4], int k) {
    int lost = 0;
    for (; k >= 64; k -= 64) {
        lost |= w[0] != 0;
        w[0] = w[1], w[1] = w[2], w[2] = w[3], w[3] = 0;
    }
    if (k > 0) {
        lost |= (w[0] << (64 - k)) != 0;
        for (int i = 0; i < 3; i++)
            w[i] = (w[i] >> k) | (w[i + 1] << (64 - k));
        w[3] >>= k;
    }
    w[0] |= (uint64_t)lost;
}

static int less256(const uint64_t a[4], const uint64_t b[4]) {
    for (int i = 3; i >= 0; i--)
        if (a[i] != b[i])
            return a[i] < b[i];
    return 0;
}

/* r = a + b (sub 0) or a - b (sub 1, a >= b) */
static void add256(uint64_t r[4], const uint64_t a[4], const uint64_t b[4], int sub) {
    uint64_t carry = 0;
    for (int i = 0; i < 4; i++) {
        uint64_t x = a[i], y = b[i], v;
        if (sub) {
            v = x - y - carry;
            carry = x < y || (x == y && carry);
        } else {
            v = x + y + carry;
            carry = v < x || (v == x && carry);
        }
        r[i] = v;
    }
}

static void mul128(u128 a, u128 b, uint64_t w[4]) {
    uint64_t part[4][2];
    uint64_t xs[2] = {a.lo, a.hi}, ys[2] = {b.lo, b.hi};
    for (int i = 0; i < 4; i++) {
        uint64_t x = xs[i >> 1], y = ys[i & 1], hi;
        __asm__("mulhu %0, %1, %2" : "=r"(hi) : "r"(x), "r"(y));
        part[i][0] = x * y;
        part[i][1] = hi;
    }
    w[0] = w[1] = w[2] = w[3] = 0;
    for (int i = 0; i < 4; i++) { /* part i goes at word (i >> 1) + (i & 1) */
        uint64_t add[4] = {0, 0, 0, 0};
        int at = (i >> 1) + (i & 1);
        add[at] = part[i][0];
        add[at + 1] = part[i][1];
        add256(w, w, add, 0);
    }
}

/* x * y + z rounded once: the product exactly (256 bits), z beside it, both with their
 * leading 1 at bit 254 (a spare bit for the carry); the smaller shifted right with
 * jamming (as in addition, the jammed bit stays below the rounding position), then
 * summed and rounded from the top 128 bits plus a sticky bit. */
long double fmal(long double x, long double y, long double z) {
    struct sf a = unpack(x), b = unpack(y), c = unpack(z);
    int sign = a.sign ^ b.sign;
    if (a.cls == SF_NAN || b.cls == SF_NAN || c.cls == SF_NAN ||
        (a.cls == SF_INF && b.cls == SF_ZERO) || (a.cls == SF_ZERO && b.cls == SF_INF))
        return default_nan();
    if (a.cls == SF_INF || b.cls == SF_INF) {
        if (c.cls == SF_INF && c.sign != sign)
            return default_nan();
        return ld_from(__gu_sf_special(SF_INF, sign, SF_Q));
    }
    if (c.cls == SF_INF)
        return z;
    if (a.cls == SF_ZERO || b.cls == SF_ZERO) {
        if (c.cls == SF_ZERO)
            return ld_from(__gu_sf_special(SF_ZERO, sign & c.sign, SF_Q));
        return z;
    }
    int sa = u128_clz(a.sig), sb = u128_clz(b.sig);
    uint64_t p[4], q[4] = {0, 0, 0, 0}, r[4];
    mul128(u128_shl(a.sig, sa), u128_shl(b.sig, sb), p); /* the leading 1 at 254 or 255 */
    int ep = a.exp - sa + b.exp - sb, eq = 0;
    if (!(p[3] >> 63)) { /* to bit 254 exactly: one place up */
        for (int i = 3; i > 0; i--)
            p[i] = (p[i] << 1) | (p[i - 1] >> 63);
        p[0] <<= 1;
        ep--;
    }
    shr256_jam(p, 1);
    ep++;
    if (c.cls == SF_ZERO)
        return pack(sign, ep + 128, u128_make(p[3], p[2]), (p[1] | p[0]) != 0);
    int sc = u128_clz(c.sig) - 1; /* z's leading 1 to bit 126 of the top half: 254 */
    u128 cs = u128_shl(c.sig, sc);
    q[3] = cs.hi;
    q[2] = cs.lo;
    eq = c.exp - sc - 128;
    if (ep < eq) {
        shr256_jam(p, eq - ep > 300 ? 300 : eq - ep);
        ep = eq;
    } else {
        shr256_jam(q, ep - eq > 300 ? 300 : ep - eq);
    }
    int rsign = sign;
    if (sign == c.sign) {
        add256(r, p, q, 0);
    } else if (less256(p, q)) {
        add256(r, q, p, 1);
        rsign = c.sign;
    } else {
        add256(r, p, q, 1);
    }
    if ((r[0] | r[1] | r[2] | r[3]) == 0)
        return ld_from(__gu_sf_special(SF_ZERO, 0, SF_Q)); /* exact cancellation: +0 */
    while (r[3] == 0) { /* after cancellation (then exact): bring the bits up */
        r[3] = r[2], r[2] = r[1], r[1] = r[0], r[0] = 0;
        ep -= 64;
    }
    int n = __builtin_clzll(r[3]); /* the leading 1 to bit 255: 128 bits for rounding */
    if (n > 0) {
        for (int i = 3; i > 0; i--)
            r[i] = (r[i] << n) | (r[i - 1] >> (64 - n));
        r[0] <<= n;
        ep -= n;
    }
    return pack(rsign, ep + 128, u128_make(r[3], r[2]), (r[1] | r[0]) != 0);
}

/* --- classification ------------------------------------------------------------- */

/* glibc's names for the classification of a long double, for <math.h>'s macros: the
 * compiler's builtins (__builtin_isnan ...) take float and double only, so a macro
 * can pick these with _Generic, e.g.
 *   #define isnan(x) _Generic((x), long double: __isnanl(x), default: __builtin_isnan(x))
 * __isinfl is -1 for -inf, as isinf's __builtin_isinf_sign. */
int __isnanl(long double x) { return unpack(x).cls == SF_NAN; }
int __finitel(long double x) { return unpack(x).cls <= SF_NUM; }
int __signbitl(long double x) { return (int)(ld_bits(x).hi >> 63); }

int __isinfl(long double x) {
    struct sf u = unpack(x);
    return u.cls != SF_INF ? 0 : u.sign ? -1 : 1;
}

int __fpclassifyl(long double x) {
    u128 b = ld_bits(x);
    switch (unpack(x).cls) {
    case SF_NAN: return FP_NAN;
    case SF_INF: return FP_INFINITE;
    case SF_ZERO: return FP_ZERO;
    default: return (b.hi >> 48 & 0x7fff) ? FP_NORMAL : FP_SUBNORMAL;
    }
}

/* long double arithmetic and comparisons: the libgcc routines that groundup cc (and
 * gcc) call for binary128, with libgcc's names, arguments and results (GCC internals,
 * "Soft float library routines"). A binary128 argument or result travels in a pair
 * of integer registers (RISC-V psABI), which is what a C `long double` parameter
 * gets. IEEE 754-2008: each result is the exact one rounded to nearest, ties to even;
 * subnormals are produced and consumed; an invalid operation (inf - inf, 0 * inf,
 * 0 / 0, inf / inf) and any NaN operand give the default NaN, as RISC-V's libgcc
 * does. No exception flags are raised and the dynamic rounding mode is not read.
 *
 * The shared pieces, unpacking and the single rounding step, are here too. */
#include "softfp.h"

struct sf __gu_sf_unpack(u128 bits, int frac, int expw) {
    struct sf x;
    int bias = (1 << (expw - 1)) - 1, max = (1 << expw) - 1, e;
    if (frac == 112) { /* binary128: the fraction spans both words */
        x.sign = (int)(bits.hi >> 63);
        e = (int)(bits.hi >> 48) & max;
        x.sig.hi = bits.hi & 0xffffffffffffUL;
        x.sig.lo = bits.lo;
    } else { /* double or float: all in the low word */
        x.sign = (int)(bits.lo >> (frac + expw)) & 1;
        e = (int)(bits.lo >> frac) & max;
        x.sig.hi = 0;
        x.sig.lo = bits.lo & ((1UL << frac) - 1);
    }
    int zero = (x.sig.hi | x.sig.lo) == 0;
    x.exp = (e ? e : 1) - bias - frac;
    x.cls = e == max ? (zero ? SF_INF : SF_NAN) : e == 0 && zero ? SF_ZERO : SF_NUM;
    if (e != 0 && e != max) { /* the implicit leading 1 */
        if (frac == 112)
            x.sig.hi |= 1UL << 48;
        else
            x.sig.lo |= 1UL << frac;
    }
    return x;
}

u128 __gu_sf_special(int cls, int sign, int frac, int expw) {
    u128 r = u128_make(0, 0);
    if (cls == SF_NAN)
        return u128_shl(u128_make(0, (2u << expw) - 1), frac - 1);
    if (cls == SF_INF)
        r = u128_shl(u128_make(0, (1u << expw) - 1), frac);
    if (sign)
        r = u128_add(r, u128_shl(u128_make(0, 1), frac + expw));
    return r;
}

/* Bit k (0 <= k < 128) of hi:lo, and whether any bit below k is set. */
static int bit(uint64_t hi, uint64_t lo, int k) {
    return (int)((k >= 64 ? hi >> (k - 64) : lo >> k) & 1);
}

static int any_below(uint64_t hi, uint64_t lo, int k) {
    if (k >= 64)
        return lo != 0 || (k > 64 && (hi << (128 - k)) != 0);
    return k > 0 && (lo << (64 - k)) != 0;
}

/* Rounding: with sig's leading 1 moved to bit 127, a normal result keeps the top
 * frac + 1 bits and a subnormal fewer (its exponent is pinned at the minimum); the
 * first dropped bit is the rounding bit, the ones below it and `sticky` decide ties.
 *
 *   127          127-frac                                   0
 *   |1 kept bits.....|r dropped bits ............................| + sticky
 *
 * The result is (biased exponent - 1) << frac plus the kept bits, the leading 1
 * included: rounding up to the next power of two carries into the exponent by
 * itself, and a subnormal that rounds up to the smallest normal gets exponent 1. */
u128 __gu_sf_round(int sign, int exp, u128 sig, int sticky, int frac, int expw, int *inexact) {
    int max = (1 << expw) - 1;
    uint64_t hi = sig.hi, lo = sig.lo;
    if ((hi | lo) == 0) {
        if (inexact)
            *inexact = sticky;
        return __gu_sf_special(SF_ZERO, sign, frac, expw);
    }
    int n = CLZ128(hi, lo);
    SHL128(hi, lo, n);
    long e = (long)exp - n + 127 + (max >> 1); /* the biased exponent of a normal result */
    if (e >= max) {
        if (inexact)
            *inexact = 1;
        return __gu_sf_special(SF_INF, sign, frac, expw);
    }
    long drop = 127 - frac, base = e - 1;
    if (e < 1) {
        drop += 1 - e;
        base = 0;
    }
    int round = 0, rest = 1; /* beyond 128 bits: less than half the last place */
    if (drop <= 128) {
        int k = (int)drop;
        round = bit(hi, lo, k - 1);
        rest = sticky || any_below(hi, lo, k - 1);
        if (k == 128)
            hi = lo = 0;
        else
            SHR128(hi, lo, k);
    } else {
        hi = lo = 0;
    }
    if (inexact)
        *inexact = round || rest;
    uint64_t up = round && (rest || (lo & 1));
    lo += up;
    hi += lo < up;
    if (frac == 112)
        hi += (uint64_t)base << 48;
    else
        lo += (uint64_t)base << frac;
    if ((frac == 112 ? hi >> 48 : lo >> frac) >= (uint64_t)max)
        return __gu_sf_special(SF_INF, sign, frac, expw);
    if (sign && frac == 112)
        hi |= 1UL << 63;
    else if (sign)
        lo |= 1UL << (frac + expw);
    return u128_make(hi, lo);
}

static u128 quad(struct sf x) {
    if (x.cls != SF_NUM)
        return __gu_sf_special(x.cls, x.sign, SF_Q);
    return __gu_sf_round(x.sign, x.exp, x.sig, 0, SF_Q, 0);
}

/* x's significand moved so that its leading 1 is at bit `top`, exponent adjusted. */
static void normalize(struct sf *x, int top) {
    int shift = CLZ128(x->sig.hi, x->sig.lo) - (127 - top);
    if (shift >= 0) {
        SHL128(x->sig.hi, x->sig.lo, shift);
    } else {
        int right = -shift;
        SHR128(x->sig.hi, x->sig.lo, right);
    }
    x->exp -= shift;
}

/* hi:lo >> k with any 1 shifted out ORed into the lowest bit ("jamming"): far below
 * the rounding position it still tells "a little more than this". */
static void shift_right_jam(u128 *a, int k) {
    if (k <= 0)
        return;
    int lost = k >= 128 ? (a->hi | a->lo) != 0 : any_below(a->hi, a->lo, k);
    if (k >= 128)
        a->hi = a->lo = 0;
    else
        SHR128(a->hi, a->lo, k);
    a->lo |= (uint64_t)lost;
}

/* Addition: both significands normalized to bit 126 (one bit spare for the carry);
 * the one with the smaller exponent is shifted right with jamming. Cancellation of
 * more than one bit happens only when nothing was shifted out, so the jammed bit
 * always stays below the rounding position. */
static u128 add(struct sf x, struct sf y) {
    if (x.cls == SF_NAN || y.cls == SF_NAN ||
        (x.cls == SF_INF && y.cls == SF_INF && x.sign != y.sign))
        return __gu_sf_special(SF_NAN, 0, SF_Q);
    if (x.cls == SF_INF || y.cls == SF_ZERO) {
        if (x.cls == SF_ZERO)
            x.sign &= y.sign; /* -0 + -0 is -0, +0 + -0 is +0 */
        return quad(x);
    }
    if (y.cls == SF_INF || x.cls == SF_ZERO)
        return quad(y);
    normalize(&x, 126);
    normalize(&y, 126);
    if (x.exp < y.exp) {
        struct sf t = x;
        x = y;
        y = t;
    }
    shift_right_jam(&y.sig, x.exp - y.exp);
    uint64_t hi, lo;
    int sign = x.sign;
    if (x.sign == y.sign) {
        lo = x.sig.lo + y.sig.lo;
        hi = x.sig.hi + y.sig.hi + (lo < x.sig.lo);
    } else {
        if (x.sig.hi == y.sig.hi && x.sig.lo == y.sig.lo)
            return __gu_sf_special(SF_ZERO, 0, SF_Q); /* x - x is +0 */
        if (x.sig.hi < y.sig.hi || (x.sig.hi == y.sig.hi && x.sig.lo < y.sig.lo)) {
            struct sf t = x; /* subtract the smaller magnitude */
            x = y;
            y = t;
            sign = x.sign;
        }
        lo = x.sig.lo - y.sig.lo;
        hi = x.sig.hi - y.sig.hi - (x.sig.lo < y.sig.lo);
    }
    return __gu_sf_round(sign, x.exp, u128_make(hi, lo), 0, SF_Q, 0);
}

long double __addtf3(long double a, long double b) {
    return ld_from(add(__gu_sf_unpack(ld_bits(a), SF_Q), __gu_sf_unpack(ld_bits(b), SF_Q)));
}

long double __subtf3(long double a, long double b) {
    struct sf y = __gu_sf_unpack(ld_bits(b), SF_Q);
    y.sign ^= 1;
    return ld_from(add(__gu_sf_unpack(ld_bits(a), SF_Q), y));
}

/* The full product of two 64-bit words (M extension: mul and mulhu). */
#define MUL64(hi, lo, a, b)                                                                \
    do {                                                                                   \
        __asm__("mulhu %0, %1, %2" : "=r"(hi) : "r"(a), "r"(b));                           \
        (lo) = (a) * (b);                                                                  \
    } while (0)

/* Multiplication: both significands normalized to bit 127, so the 256-bit product
 * w3:w2:w1:w0 has its leading 1 at bit 254 or 255 and its low half is all below the
 * rounding position: it only counts as sticky. */
long double __multf3(long double a, long double b) {
    struct sf x = __gu_sf_unpack(ld_bits(a), SF_Q), y = __gu_sf_unpack(ld_bits(b), SF_Q);
    int sign = x.sign ^ y.sign;
    if (x.cls == SF_NAN || y.cls == SF_NAN || (x.cls == SF_INF && y.cls == SF_ZERO) ||
        (x.cls == SF_ZERO && y.cls == SF_INF))
        return ld_from(__gu_sf_special(SF_NAN, 0, SF_Q));
    if (x.cls == SF_INF || y.cls == SF_INF)
        return ld_from(__gu_sf_special(SF_INF, sign, SF_Q));
    if (x.cls == SF_ZERO || y.cls == SF_ZERO)
        return ld_from(__gu_sf_special(SF_ZERO, sign, SF_Q));
    normalize(&x, 127);
    normalize(&y, 127);
    uint64_t w0, w1, w2, w3, mh, ml, c;
    MUL64(w1, w0, x.sig.lo, y.sig.lo);
    MUL64(w3, w2, x.sig.hi, y.sig.hi);
    MUL64(mh, ml, x.sig.lo, y.sig.hi); /* the middle products, added at word 1 */
    w1 += ml;
    c = (w1 < ml) + mh;
    w2 += c;
    w3 += (w2 < c) + (c < mh);
    MUL64(mh, ml, x.sig.hi, y.sig.lo);
    w1 += ml;
    c = (w1 < ml) + mh;
    w2 += c;
    w3 += (w2 < c) + (c < mh);
    int sticky = (w0 | w1) != 0;
    return ld_from(__gu_sf_round(sign, x.exp + y.exp + 128, u128_make(w3, w2), sticky, SF_Q, 0));
}

/* Division: restoring long division of the significands (leading 1s at bit 112,
 * the dividend doubled if smaller), one quotient bit per step, 116 bits: the 113
 * kept, the rounding bit and two more; the remainder decides the sticky bit. */
long double __divtf3(long double a, long double b) {
    struct sf x = __gu_sf_unpack(ld_bits(a), SF_Q), y = __gu_sf_unpack(ld_bits(b), SF_Q);
    int sign = x.sign ^ y.sign;
    if (x.cls == SF_NAN || y.cls == SF_NAN || (x.cls == SF_INF && y.cls == SF_INF) ||
        (x.cls == SF_ZERO && y.cls == SF_ZERO))
        return ld_from(__gu_sf_special(SF_NAN, 0, SF_Q));
    if (x.cls == SF_INF || y.cls == SF_ZERO)
        return ld_from(__gu_sf_special(SF_INF, sign, SF_Q));
    if (x.cls == SF_ZERO || y.cls == SF_INF)
        return ld_from(__gu_sf_special(SF_ZERO, sign, SF_Q));
    normalize(&x, 112);
    normalize(&y, 112);
    uint64_t rh = x.sig.hi, rl = x.sig.lo, dh = y.sig.hi, dl = y.sig.lo, qh = 0, ql = 0;
    if (rh < dh || (rh == dh && rl < dl)) {
        rh = (rh << 1) | (rl >> 63);
        rl <<= 1;
        x.exp--;
    }
    for (int i = 0; i < 116; i++) {
        qh = (qh << 1) | (ql >> 63);
        ql <<= 1;
        if (rh > dh || (rh == dh && rl >= dl)) {
            rh = rh - dh - (rl < dl);
            rl -= dl;
            ql |= 1;
        }
        rh = (rh << 1) | (rl >> 63);
        rl <<= 1;
    }
    int sticky = (rh | rl) != 0;
    return ld_from(__gu_sf_round(sign, x.exp - y.exp - 115, u128_make(qh, ql), sticky, SF_Q, 0));
}

/* Comparisons. Each returns `unordered` if a or b is a NaN, else -1, 0 or 1 as a is
 * less than, equal to or greater than b; a caller tests the result against 0 with
 * the same operator (a < b is __lttf2(a, b) < 0), so the unordered value is chosen
 * to make that test false (true for !=). Done on the bits: sign and magnitude. */
static int is_nan(u128 x) {
    uint64_t top = x.hi << 1; /* without the sign */
    return top > 0xfffe000000000000UL || (top == 0xfffe000000000000UL && x.lo != 0);
}

static int compare(long double a, long double b, int unordered) {
    u128 x = ld_bits(a), y = ld_bits(b);
    if (is_nan(x) || is_nan(y))
        return unordered;
    int sx = (int)(x.hi >> 63), sy = (int)(y.hi >> 63);
    if (((x.hi << 1) | x.lo | (y.hi << 1) | y.lo) == 0)
        return 0; /* +0 == -0 */
    if (sx != sy)
        return sx ? -1 : 1;
    if (x.hi == y.hi && x.lo == y.lo)
        return 0;
    int less = x.hi < y.hi || (x.hi == y.hi && x.lo < y.lo); /* as magnitudes */
    return less != sx ? -1 : 1;
}

int __eqtf2(long double a, long double b) { return compare(a, b, 1) != 0; }
int __netf2(long double a, long double b) { return compare(a, b, 1) != 0; }
int __lttf2(long double a, long double b) { return compare(a, b, 2); }
int __letf2(long double a, long double b) { return compare(a, b, 2); }
int __gttf2(long double a, long double b) { return compare(a, b, -2); }
int __getf2(long double a, long double b) { return compare(a, b, -2); }
int __unordtf2(long double a, long double b) { return is_nan(ld_bits(a)) || is_nan(ld_bits(b)); }

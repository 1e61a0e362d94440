/* long double conversions: libgcc's routines between binary128 and float, double and
 * the integer types (GCC internals, "Soft float library routines").
 *
 * Widening (float, double, integers -> binary128) is exact. Narrowing rounds to
 * nearest, ties to even, with subnormal results and overflow to infinity. A NaN
 * keeps its sign and payload when widened (quieted), and becomes the default NaN
 * when narrowed, as RISC-V's libgcc does. To an integer the value is truncated toward
 * zero; out of range it saturates (NaN counting as an infinity of its sign):
 * INT_MAX/INT_MIN for the signed types, all ones or 0 for the unsigned ones. */
#include "softfp.h"

static uint64_t fbits(float f) {
    union { float f; uint32_t u; } v;
    v.f = f;
    return v.u;
}

static float from_fbits(uint64_t u) {
    union { uint32_t u; float f; } v;
    v.u = (uint32_t)u;
    return v.f;
}

static uint64_t dbits(double d) {
    union { double d; uint64_t u; } v;
    v.d = d;
    return v.u;
}

static double from_dbits(uint64_t u) {
    union { uint64_t u; double d; } v;
    v.u = u;
    return v.d;
}

/* A float or double (frac fraction bits) widened to binary128. */
static long double widen(uint64_t bits, int frac, int expw) {
    struct sf x = __gu_sf_unpack(u128_make(0, bits), frac, expw);
    if (x.cls == SF_NAN) { /* the payload moves up with the quiet bit, sign kept */
        u128 r = u128_add(__gu_sf_special(SF_INF, x.sign, SF_Q), u128_shl(x.sig, 112 - frac));
        r.hi |= 1UL << 47;
        return ld_from(r);
    }
    if (x.cls != SF_NUM)
        return ld_from(__gu_sf_special(x.cls, x.sign, SF_Q));
    return ld_from(__gu_sf_round(x.sign, x.exp, x.sig, 0, SF_Q, 0));
}

long double __extendsftf2(float a) { return widen(fbits(a), SF_S); }
long double __extenddftf2(double a) { return widen(dbits(a), SF_D); }

/* a narrowed to the format with frac fraction and expw exponent bits. */
static uint64_t narrow(long double a, int frac, int expw) {
    struct sf x = __gu_sf_unpack(ld_bits(a), SF_Q);
    if (x.cls != SF_NUM)
        return __gu_sf_special(x.cls, x.sign, frac, expw).lo;
    return __gu_sf_round(x.sign, x.exp, x.sig, 0, frac, expw, 0).lo;
}

float __trunctfsf2(long double a) { return from_fbits(narrow(a, SF_S)); }
double __trunctfdf2(long double a) { return from_dbits(narrow(a, SF_D)); }

static long double from_integer(int negative, uint64_t magnitude) {
    return ld_from(__gu_sf_round(negative, 0, u128_make(0, magnitude), 0, SF_Q, 0));
}

long double __floatsitf(int i) { return from_integer(i < 0, i < 0 ? -(uint64_t)i : (uint64_t)i); }
long double __floatditf(long i) { return from_integer(i < 0, i < 0 ? -(uint64_t)i : (uint64_t)i); }
long double __floatunsitf(unsigned i) { return from_integer(0, i); }
long double __floatunditf(unsigned long i) { return from_integer(0, i); }

/* a truncated toward zero into a bits-wide integer, signed or not, saturating. */
static uint64_t to_integer(long double a, int bits, int is_signed) {
    struct sf x = __gu_sf_unpack(ld_bits(a), SF_Q);
    uint64_t max = is_signed ? (1UL << (bits - 1)) - 1 : ~0UL >> (64 - bits);
    uint64_t min = is_signed ? -(1UL << (bits - 1)) : 0; /* as bits of the result */
    if (x.cls == SF_ZERO)
        return 0;
    if (x.cls != SF_NUM)
        return x.sign ? min : max;
    if (x.exp <= -113)
        return 0; /* |a| < 1 */
    if (x.exp > 64 - 113)
        return x.sign ? min : max; /* |a| >= 2^64 (a is normal: sig >= 2^112) */
    uint64_t m = u128_shr(x.sig, -x.exp).lo;
    if (x.sign)
        return is_signed && m <= -min ? -m : min;
    return m <= max ? m : max;
}

int __fixtfsi(long double a) { return (int)to_integer(a, 32, 1); }
long __fixtfdi(long double a) { return (long)to_integer(a, 64, 1); }
unsigned __fixunstfsi(long double a) { return (unsigned)to_integer(a, 32, 0); }
unsigned long __fixunstfdi(long double a) { return to_integer(a, 64, 0); }

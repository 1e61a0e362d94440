/* Soft float, shared by softfp.c, softfp_conv.c, libm_long_double.c and strtod.c:
 * 128-bit integers as pairs of 64-bit words (groundup cc has no __int128), and the
 * one rounding step every operation ends with.
 *
 *   binary128:  127 sign | 126..112 biased exponent (16383) | 111..0 fraction
 *
 * long double is IEEE binary128 on RISC-V LP64D; its bits are read and written
 * through a union, never by long double arithmetic (that would call these very
 * routines). A value is unpacked into a class and, when finite and nonzero, an
 * exact integer significand times a power of two; each operation computes its result
 * exactly, or as a wide significand with a "sticky" flag for the bits it dropped,
 * and __gu_sf_round rounds that once to the destination format. */
#ifndef _GU_SOFTFP_H
#define _GU_SOFTFP_H
#include <stdint.h>

typedef struct {
    uint64_t lo, hi;
} u128;

/* Formats, as (fraction bits, exponent bits). */
#define SF_Q 112, 15
#define SF_D 52, 11
#define SF_S 23, 8

enum { SF_ZERO, SF_NUM, SF_INF, SF_NAN };

/* An unpacked value: a finite nonzero one (SF_NUM) is sig * 2^exp. */
struct sf {
    int cls, sign, exp;
    u128 sig;
};

/* The same on the two words of a 128-bit number held in lvalues hi, lo, in place:
 * groundup cc does not inline, and the hot paths cannot afford a call per step.
 * Arguments are evaluated more than once; k is a plain variable, 0 <= k < 128. */
#define SHL128(hi, lo, k)                                                                  \
    do {                                                                                   \
        if ((k) >= 64) {                                                                   \
            (hi) = (lo) << ((k) - 64);                                                     \
            (lo) = 0;                                                                      \
        } else if ((k) > 0) {                                                              \
            (hi) = ((hi) << (k)) | ((lo) >> (64 - (k)));                                   \
            (lo) <<= (k);                                                                  \
        }                                                                                  \
    } while (0)
#define SHR128(hi, lo, k)                                                                  \
    do {                                                                                   \
        if ((k) >= 64) {                                                                   \
            (lo) = (hi) >> ((k) - 64);                                                     \
            (hi) = 0;                                                                      \
        } else if ((k) > 0) {                                                              \
            (lo) = ((lo) >> (k)) | ((hi) << (64 - (k)));                                   \
            (hi) >>= (k);                                                                  \
        }                                                                                  \
    } while (0)
/* Leading zeros of a nonzero hi:lo. */
#define CLZ128(hi, lo) ((hi) ? __builtin_clzll(hi) : 64 + __builtin_clzll(lo))

static inline u128 u128_make(uint64_t hi, uint64_t lo) {
    u128 r;
    r.lo = lo;
    r.hi = hi;
    return r;
}

static inline int u128_is_zero(u128 a) { return (a.hi | a.lo) == 0; }
static inline int u128_eq(u128 a, u128 b) { return a.hi == b.hi && a.lo == b.lo; }
static inline int u128_lt(u128 a, u128 b) { return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo); }

static inline u128 u128_add(u128 a, u128 b) {
    uint64_t lo = a.lo + b.lo;
    return u128_make(a.hi + b.hi + (lo < a.lo), lo);
}

static inline u128 u128_sub(u128 a, u128 b) {
    return u128_make(a.hi - b.hi - (a.lo < b.lo), a.lo - b.lo);
}

/* Shifts by 0 <= k; bits shifted past either end are lost. */
static inline u128 u128_shl(u128 a, int k) {
    if (k == 0)
        return a;
    if (k >= 128)
        return u128_make(0, 0);
    if (k >= 64)
        return u128_make(a.lo << (k - 64), 0);
    return u128_make((a.hi << k) | (a.lo >> (64 - k)), a.lo << k);
}

static inline u128 u128_shr(u128 a, int k) {
    if (k == 0)
        return a;
    if (k >= 128)
        return u128_make(0, 0);
    if (k >= 64)
        return u128_make(0, a.hi >> (k - 64));
    return u128_make(a.hi >> k, (a.lo >> k) | (a.hi << (64 - k)));
}

/* Leading zeros of a nonzero a. */
static inline int u128_clz(u128 a) {
    return a.hi ? __builtin_clzll(a.hi) : 64 + __builtin_clzll(a.lo);
}

static inline u128 ld_bits(long double x) {
    union { long double x; u128 u; } v;
    v.x = x;
    return v.u;
}

static inline long double ld_from(u128 u) {
    union { u128 u; long double x; } v;
    v.u = u;
    return v.x;
}

/* The fields of bits in the format with frac fraction and expw exponent bits. */
struct sf __gu_sf_unpack(u128 bits, int frac, int expw);
/* (sig + a little more if sticky) * 2^exp, rounded to nearest, ties to even, as bits of
 * the format; *inexact (if not null) is set when rounding changed the value. */
u128 __gu_sf_round(int sign, int exp, u128 sig, int sticky, int frac, int expw, int *inexact);
/* Signed zero and infinity, and the default NaN (positive, quiet, no payload). */
u128 __gu_sf_special(int cls, int sign, int frac, int expw);
#endif

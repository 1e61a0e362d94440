/* The bit-counting routines of libgcc that groundup cc calls for __builtin_clz, ctz,
 * popcount, parity, ffs and clrsb (and their l and ll forms): the 64-bit versions,
 * with libgcc's names and arguments (GCC internals, "Routines for integer
 * arithmetic"). The compiler corrects clz and clrsb for a 32-bit argument itself.
 * Also __bswapsi2 and __bswapdi2, which groundup cc does inline but gcc calls for
 * __builtin_bswap32/64 without Zbb (htonl: in objects gcc compiled, the library too).
 * clz and ctz of 0 are undefined for the builtins; here they give 64. Written
 * without the builtins, which would call these very functions. */
#include <stdint.h>

int __clzdi2(uint64_t a) {
    int n = 0;
    for (int step = 32; step > 0; step /= 2)
        if (!(a >> (64 - step))) { /* the top `step` bits are zero */
            n += step;
            a <<= step;
        }
    return a ? n : 64;
}

int __ctzdi2(uint64_t a) {
    if (a == 0)
        return 64;
    int n = 0;
    for (int step = 32; step > 0; step /= 2)
        if (!(a << (64 - step))) { /* the low `step` bits are zero */
            n += step;
            a >>= step;
        }
    return n;
}

int __popcountdi2(uint64_t a) {
    a = a - ((a >> 1) & 0x5555555555555555UL);                           /* 2-bit sums */
    a = (a & 0x3333333333333333UL) + ((a >> 2) & 0x3333333333333333UL);  /* 4-bit sums */
    a = (a + (a >> 4)) & 0x0f0f0f0f0f0f0f0fUL;                           /* bytes */
    return (int)((a * 0x0101010101010101UL) >> 56);                      /* their sum */
}

int __paritydi2(uint64_t a) { return __popcountdi2(a) & 1; }

/* One more than the index of the lowest 1, or 0 for 0. */
int __ffsdi2(int64_t a) { return a ? __ctzdi2((uint64_t)a) + 1 : 0; }

/* The number of bits after the sign bit that equal it. */
int __clrsbdi2(int64_t a) {
    uint64_t u = (uint64_t)(a < 0 ? ~a : a);
    return __clzdi2(u) - 1;
}

/* The bytes in the opposite order: swap halves, then quarters, then bytes (shifts a
 * compiler without a byte-swap instruction does not turn back into a call here). */
uint64_t __bswapdi2(uint64_t a) {
    a = a >> 32 | a << 32;
    a = (a & 0xffff0000ffff0000UL) >> 16 | (a & 0x0000ffff0000ffffUL) << 16;
    return (a & 0xff00ff00ff00ff00UL) >> 8 | (a & 0x00ff00ff00ff00ffUL) << 8;
}

uint32_t __bswapsi2(uint32_t a) { return (uint32_t)(__bswapdi2(a) >> 32); }

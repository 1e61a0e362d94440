/* The bit-counting routines of libgcc that groundup cc calls for __builtin_clz, ctz,
 * popcount, parity, ffs and clrsb (and their l and ll forms): the 64-bit versions,
 * with libgcc's names and arguments (GCC internals, "Routines for integer
 * arithmetic"). The compiler corrects clz and clrsb for a 32-bit argument itself.
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

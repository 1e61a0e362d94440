/* The exact decimal expansion of a binary floating-point number, for printf.
 *
 * A finite float is an integer times a power of two: m * 2^e. Every such number has a
 * finite decimal expansion, and we compute all of it with integer arithmetic, so
 * printf can then round it to any number of digits correctly (half to even, as glibc
 * does in the default rounding mode) - repeated multiplication by 10.0 in floating
 * point would round at every step and print wrong digits.
 *
 *   e >= 0:  m * 2^e is an integer: multiply the big number m by 2, e times.
 *   e <  0:  m * 2^e = m * 5^-e / 10^-e: multiply m by 5, -e times; the decimal point
 *            then sits -e digits from the right.
 *
 * The big number is an array of base-10^9 limbs (least significant first), so the
 * decimal digits fall out of it nine at a time. The largest case, the smallest
 * binary128 subnormal, has about 11,600 digits; a double has at most 767.
 */
#include <stdint.h>
#include "libc.h"

#define BASE 1000000000U
#define MAX_LIMBS 1300

struct big {
    uint32_t limb[MAX_LIMBS];
    int n;
};

/* big = big * m + add, for m < 2^32 (no limb overflows: 10^9 * 2^32 < 2^64). */
static void mul_add(struct big *b, uint64_t m, uint64_t add) {
    uint64_t carry = add;
    for (int i = 0; i < b->n; i++) {
        uint64_t v = (uint64_t)b->limb[i] * m + carry;
        b->limb[i] = (uint32_t)(v % BASE);
        carry = v / BASE;
    }
    while (carry) {
        b->limb[b->n++] = (uint32_t)(carry % BASE);
        carry /= BASE;
    }
}

static int put_limb(char *out, uint32_t v, int width) {
    char tmp[9];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n < width)
        tmp[n++] = '0';
    for (int i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}

/* The digits of (hi * 2^64 + lo) * 2^e2 into out (no leading or trailing zeros);
 * returns their count and sets *exp10 so that the value is 0.DIGITS * 10^exp10.
 * Zero gives no digits. */
int __decimal_digits(unsigned long hi, unsigned long lo, int e2, char *out, int *exp10) {
    struct big b; /* 5 KiB of stack */
    b.n = 0;
    uint32_t parts[4] = {(uint32_t)(hi >> 32), (uint32_t)hi, (uint32_t)(lo >> 32), (uint32_t)lo};
    for (int i = 0; i < 4; i++)
        mul_add(&b, 1UL << 32, parts[i]);
    if (b.n == 0) {
        *exp10 = 0;
        return 0;
    }
    int shift = 0;
    for (; e2 >= 29; e2 -= 29)
        mul_add(&b, 1UL << 29, 0);
    if (e2 > 0)
        mul_add(&b, 1UL << e2, 0);
    for (; e2 <= -13; e2 += 13, shift += 13)
        mul_add(&b, 1220703125UL, 0); /* 5^13 */
    for (; e2 < 0; e2++, shift++)
        mul_add(&b, 5, 0);
    int n = put_limb(out, b.limb[b.n - 1], 0);
    for (int i = b.n - 2; i >= 0; i--)
        n += put_limb(out + n, b.limb[i], 9);
    *exp10 = n - shift;
    while (n > 0 && out[n - 1] == '0')
        n--;
    return n;
}

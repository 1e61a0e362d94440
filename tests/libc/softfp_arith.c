/* long double arithmetic, comparisons and conversions, bit for bit: operands from a
 * fixed pseudo-random generator, shaped to reach the corners (special values,
 * subnormals, boundary exponents, neighbours one ulp apart, cancellation, halfway
 * cases for every rounding), results printed as raw bits. Built by gcc it exercises
 * libgcc's soft-float routines, built by groundup cc --libc=groundup groundup's
 * own; the two outputs must be identical.
 *
 * usage: softfp_arith [pairs] (default 3000) */
#include <stdlib.h>

#include "softfp_gen.h"

/* called by name: their raw results (and saturation out of range) are the contract */
int __eqtf2(long double, long double);
int __netf2(long double, long double);
int __lttf2(long double, long double);
int __letf2(long double, long double);
int __gttf2(long double, long double);
int __getf2(long double, long double);
int __unordtf2(long double, long double);
int __fixtfsi(long double);
long __fixtfdi(long double);
unsigned __fixunstfsi(long double);
unsigned long __fixunstfdi(long double);
long double __floatunsitf(unsigned);

static void arithmetic(Q qa, Q qb) {
    volatile long double a = ld(qa), b = ld(qb);
    put(qa);
    put(qb);
    put(bits(a + b));
    put(bits(a - b));
    put(bits(a * b));
    put(bits(a / b));
    printf(" %d %d %d %d %d %d %d %d\n", __eqtf2(a, b), __netf2(a, b), __lttf2(a, b),
           __letf2(a, b), __gttf2(a, b), __getf2(a, b), __unordtf2(a, b),
           (a == b) | (a != b) << 1 | (a < b) << 2 | (a <= b) << 3 | (a > b) << 4 |
               (a >= b) << 5);
}

/* binary128 -> double, float, the integers; shapes that round halfway for double
 * and float, and integers near 2^31, 2^32, 2^63, 2^64 */
static Q narrowing_operand(void) {
    int sign = rnd() & 1;
    uint64_t hi = rnd(), lo = rnd();
    switch (rnd() % 6) {
    case 0: return operand();
    case 1: /* halfway for double (fraction bit 59 is the rounding bit), +- a little */
        return make(sign, 16383 - 1100 + (unsigned)(rnd() % 2200), hi,
                    (lo & ~((1UL << 61) - 1)) | (1UL << 59) | (rnd() % 3 == 0));
    case 2: /* halfway for float (fraction bit 88) */
        return make(sign, 16383 - 160 + (unsigned)(rnd() % 300), (hi & ~((1UL << 25) - 1)) |
                    (1UL << 24), rnd() % 3 == 0);
    case 3: /* around the double and float subnormal ranges and overflow */
        return make(sign, (rnd() % 2 ? 16383 - 1022 : 16383 - 126) - (unsigned)(rnd() % 60) +
                    2, hi, lo);
    case 4:
        return make(sign, (rnd() % 2 ? 16383 + 1023 : 16383 + 127) + (unsigned)(rnd() % 3) - 1,
                    rnd() % 2 ? ~0UL : hi, lo);
    default: { /* around the integer limits */
        static const unsigned e[] = {16383 + 30, 16383 + 31, 16383 + 32, 16383 + 62,
                                     16383 + 63, 16383 + 64, 16383, 16382};
        return make(sign, e[rnd() % 8], rnd() % 2 ? 0 : hi, rnd() % 2 ? 0 : lo);
    }
    }
}

static void narrowing(Q q) {
    volatile long double a = ld(q);
    volatile double d = a;
    volatile float f = a;
    uint64_t db;
    uint32_t fb;
    memcpy(&db, (const void *)&d, 8);
    memcpy(&fb, (const void *)&f, 4);
    put(q);
    printf(" %016lx %08x %d %ld %u %lu\n", db, fb, __fixtfsi(a), __fixtfdi(a),
           __fixunstfsi(a), __fixunstfdi(a));
}

static void widening(void) {
    uint64_t r = rnd();
    int shift = (int)(rnd() % 64);
    uint64_t i = rnd() % 4 == 0 ? 1UL << shift : r >> shift;
    uint64_t db = rnd(), fb = rnd() & 0xffffffffu;
    if (rnd() % 2) /* subnormal, NaN or infinity */
        db = (db & 0x800fffffffffffffUL) | (rnd() % 2 ? 0x7ff0000000000000UL : 0);
    if (rnd() % 2)
        fb = (fb & 0x807fffffu) | (rnd() % 2 ? 0x7f800000u : 0);
    if (rnd() % 8 == 0)
        db &= 0xfff0000000000000UL, fb &= 0xff800000u;
    double d;
    float f;
    memcpy(&d, &db, 8);
    memcpy(&f, &fb, 4);
    volatile long double x = d, y = f, si = (int)i, di = (long)i, ui = (unsigned long)i;
    printf("%016lx %08lx %016lx", db, fb, i);
    put(bits(x));
    put(bits(y));
    put(bits(si));
    put(bits(di));
    put(bits(ui));
    put(bits(__floatunsitf((unsigned)i)));
    printf("\n");
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 3000;
    for (int i = 0; i < n; i++) {
        Q a = operand();
        arithmetic(a, partner(a));
    }
    for (int i = 0; i < n; i++)
        narrowing(narrowing_operand());
    for (int i = 0; i < n / 2; i++)
        widening();
    return 0;
}

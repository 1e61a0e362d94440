/* long double <math.h> functions that are exact (or correctly rounded), bit for bit
 * against glibc: sqrtl, the roundings to integers, frexpl/ldexpl/scalbnl, modfl,
 * fmodl, remainderl, logbl, fminl/fmaxl, nextafterl, fdiml, fmal, on generated operands
 * (softfp_gen.h) and on values near integers and halves. Then the transcendental
 * functions, which groundup computes in double only: to 10 digits, on a few values
 * (inside and beyond double's exponent range).
 *
 * usage: softfp_math [count] (default 2000) */
#include <math.h>
#include <stdlib.h>

#include "softfp_gen.h"

/* not (yet) declared by groundup's math.h */
long lroundl(long double x);
long long llroundl(long double x);
long lrintl(long double x);
long double scalbnl(long double x, int n);
/* glibc's classification functions (what isnan ... of a long double could call) */
int __isnanl(long double x);
int __isinfl(long double x);
int __finitel(long double x);
int __signbitl(long double x);
int __fpclassifyl(long double x);

/* near an integer: exponents where the binary point falls inside the significand,
 * fractions of exactly a half, a half and a bit, or random */
static Q near_integer(void) {
    int sign = rnd() & 1;
    unsigned e = 16383 - 2 + (unsigned)(rnd() % 118);
    uint64_t hi = rnd(), lo = rnd();
    int f = 16383 + 112 - (int)e; /* fraction bits, if positive */
    if (f > 0 && f <= 112 && rnd() % 2) {
        Q bits = {lo, hi};
        Q half = {0, 0};
        if (f - 1 < 64)
            half.lo = 1UL << (f - 1);
        else
            half.hi = 1UL << (f - 1 - 64);
        /* clear the fraction, then set exactly its top bit (and maybe one more) */
        for (int i = 0; i < f; i++) {
            if (i < 64)
                bits.lo &= ~(1UL << i);
            else
                bits.hi &= ~(1UL << (i - 64));
        }
        bits.lo |= half.lo | (rnd() % 3 == 0);
        bits.hi |= half.hi;
        hi = bits.hi, lo = bits.lo;
    }
    return make(sign, e, hi, lo);
}

static void one(Q q, Q p) {
    volatile long double x = ld(q), y = ld(p), ip;
    int e = 0, n = (int)(rnd() % 40000) - 20000;
    if (rnd() % 2)
        n = (int)(rnd() % 300) - 150;
    else if (rnd() % 2) /* to just above or into the subnormals */
        n = -(int)((q.hi >> 48) & 0x7fff) + (int)(rnd() % 130) - 10;
    put(q);
    put(bits(sqrtl(x)));
    put(bits(floorl(x)));
    put(bits(ceill(x)));
    put(bits(truncl(x)));
    put(bits(roundl(x)));
    put(bits(rintl(x)));
    put(bits(nearbyintl(x)));
    printf(" %ld %lld %ld %d %d %d %d %d\n", lroundl(x), llroundl(x), lrintl(x), __isnanl(x),
           __isinfl(x), __finitel(x), __signbitl(x), __fpclassifyl(x));
    long double m = frexpl(x, &e);
    put(bits(m));
    printf(" %d", (q.hi << 1) == 0xfffe000000000000UL && q.lo == 0 ? 0 : e); /* inf: unspecified */
    put(bits(ldexpl(x, n)));
    put(bits(scalbnl(x, -n)));
    put(bits(modfl(x, (long double *)&ip)));
    put(bits(ip));
    printf("\n");
    put(p);
    put(bits(fmodl(x, y)));
    put(bits(fminl(x, y)));
    put(bits(fmaxl(x, y)));
    put(bits(nextafterl(x, y)));
    put(bits(fdiml(x, y)));
    put(bits(remainderl(x, y)));
    put(bits(logbl(x)));
    printf("\n");
    Q r = operand();
    long double product = x * y;
    put(r);
    put(bits(fmal(x, y, ld(r))));
    put(bits(fmal(x, y, -product))); /* the rounding error of x * y, exactly */
    put(bits(fmal(x, ld(r), y)));
    printf("\n");
}

static void approximate(void) {
    static const long double xs[] = {0.5L, 1.25L, 3.0L, -0.75L, 10.0L, 100.5L, 0x1.8p-13L,
                                     700.25L, 0x1p900L, 0x1p-900L, 1e3000L, 1e-3000L};
    for (unsigned i = 0; i < sizeof xs / sizeof *xs; i++) {
        long double x = xs[i], a = fabsl(x);
        printf("%.10Lg: %.10Lg %.10Lg %.10Lg %.10Lg %.10Lg\n", x, logl(a), log2l(a),
               log10l(a), hypotl(x, 3 * x), powl(a, -2.25L));
        if (a < 0x1p1000L && a > 0x1p-1000L) /* in double's range */
            printf("  %.10Lg %.10Lg %.10Lg %.10Lg\n", sinl(x), cosl(x), atanl(x), cbrtl(x));
        if (a < 20000)
            printf("  %.10Lg %.10Lg %.10Lg %.10Lg\n", expl(x), exp2l(x), expl(15 * x),
                   powl(a, 7.5L));
    }
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 2000;
    for (int i = 0; i < n; i++) {
        Q a = i % 3 == 0 ? near_integer() : operand();
        one(a, i % 4 == 0 ? near_integer() : partner(a));
    }
    /* sqrtl of perfect squares and their neighbours */
    for (int i = 0; i < n / 4; i++) {
        volatile long double k = (long double)(rnd() >> (8 + rnd() % 56)); /* k * k exact */
        volatile long double sq = k * k;
        Q b = bits(sq);
        put(b);
        put(bits(sqrtl(sq)));
        b.lo += rnd() % 3 - 1;
        put(bits(sqrtl(ld(b))));
        printf("\n");
    }
    approximate();
    return 0;
}

/* The operand generator shared by the soft-float test programs (softfp_*.c): a
 * fixed pseudo-random sequence of binary128 bit patterns shaped to reach the corners. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct { uint64_t lo, hi; } Q;

static uint64_t state = 0x9e3779b97f4a7c15UL;

static uint64_t rnd(void) { /* xorshift64* */
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1dUL;
}

static long double ld(Q q) {
    long double x;
    memcpy(&x, &q, 16);
    return x;
}

static Q bits(long double x) {
    Q q;
    memcpy(&q, &x, 16);
    return q;
}

static Q make(int sign, unsigned exp, uint64_t frac_hi, uint64_t frac_lo) {
    Q q = {frac_lo, ((uint64_t)sign << 63) | ((uint64_t)(exp & 0x7fff) << 48) |
                        (frac_hi & 0xffffffffffffUL)};
    return q;
}

static const unsigned boundary_exps[] = {0,      1,      2,      3,      111,    112,
                                         113,    114,    16269,  16270,  16271,  16382,
                                         16383,  16384,  16385,  16446,  16447,  16448,
                                         16478,  16479,  16480,  16510,  16511,  16512,
                                         15232,  15233,  15294,  15295,  15296,  15360,
                                         15361,  15362,  17406,  17407,  17408,  16254,
                                         16255,  16256,  16510,  32764,  32765,  32766};
#define NBOUND (sizeof boundary_exps / sizeof boundary_exps[0])

/* a fraction: random, or one of the shapes where rounding changes its mind */
static void fraction(uint64_t *hi, uint64_t *lo) {
    switch (rnd() % 8) {
    case 0: *hi = 0, *lo = 0; break;
    case 1: *hi = ~0UL, *lo = ~0UL; break;
    case 2: *hi = 0, *lo = 1; break;
    case 3: *hi = 1UL << 47, *lo = 0; break;
    case 4: *hi = rnd(), *lo = rnd() & ~((1UL << 60) - 1); break; /* few low bits */
    case 5: *hi = rnd() & ~0xffUL, *lo = 1UL << (rnd() % 64); break;
    default: *hi = rnd(), *lo = rnd(); break;
    }
}

static Q special(void) {
    static const Q table[] = {
        {0, 0}, {0, 1UL << 63},                                         /* +-0 */
        {0, 0x7fff000000000000UL}, {0, 0xffff000000000000UL},           /* +-inf */
        {0, 0x7fff800000000000UL}, {5, 0xffff800000001234UL},           /* quiet NaNs */
        {1, 0x7fff000000000000UL}, {0, 0xffff400000000000UL},           /* signaling */
        {1, 0}, {1, 1UL << 63},                                         /* min subnormal */
        {~0UL, 0x0000ffffffffffffUL}, {~0UL, 0x8000ffffffffffffUL},     /* max subnormal */
        {0, 0x0001000000000000UL}, {0, 0x8001000000000000UL},           /* min normal */
        {~0UL, 0x7ffeffffffffffffUL}, {~0UL, 0xfffeffffffffffffUL},     /* max finite */
        {0, 0x3fff000000000000UL}, {0, 0xbfff000000000000UL},           /* +-1 */
        {1, 0x3fff000000000000UL}, {~0UL, 0x3ffeffffffffffffUL},        /* 1 +- ulp */
        {0, 0x4000000000000000UL}, {0, 0x4000800000000000UL},           /* 2, 3 */
        {0x999999999999999aUL, 0x3ffb999999999999UL},                   /* 0.1 */
    };
    return table[rnd() % (sizeof table / sizeof table[0])];
}

static Q operand(void) {
    uint64_t hi, lo;
    int sign = rnd() & 1;
    switch (rnd() % 6) {
    case 0: return special();
    case 1: {
        Q q = {rnd(), rnd()};
        return q;
    }
    case 2:
    case 3:
        fraction(&hi, &lo);
        return make(sign, boundary_exps[rnd() % NBOUND], hi, lo);
    default:
        fraction(&hi, &lo);
        return make(sign, (unsigned)(rnd() % 0x7fff), hi, lo);
    }
}

/* a partner for a: unrelated, close in exponent, one ulp away, the negation give or
 * take an ulp, a short significand (halfway products and quotients), or half an ulp
 * of a (halfway sums) */
static Q partner(Q a) {
    uint64_t hi, lo;
    unsigned exp = (unsigned)(a.hi >> 48) & 0x7fff;
    int sign = rnd() & 1;
    switch (rnd() % 7) {
    case 0: return operand();
    case 1:
        fraction(&hi, &lo);
        return make(sign, exp + (unsigned)(rnd() % 130) - 65, hi, lo);
    case 2:
        if (rnd() & 1) {
            a.lo++;
            a.hi += a.lo == 0;
        } else {
            a.hi -= a.lo == 0;
            a.lo--;
        }
        return a;
    case 3:
        a.hi ^= 1UL << 63;
        a.lo += rnd() % 3 - 1;
        return a;
    case 4: {
        static const uint64_t shorts[] = {0, 1UL << 47, 1UL << 46, 3UL << 46, 1UL << 45,
                                          5UL << 44, 7UL << 45, 1, 3};
        return make(sign, exp + (unsigned)(rnd() % 9) - 4 + (unsigned)(rnd() % 2) * 100,
                    shorts[rnd() % 9], rnd() % 4 == 0 ? 1UL << 63 : 0);
    }
    case 5:
        return make(sign, (unsigned)(rnd() % 0x7fff), 0, 0);
    default:
        fraction(&hi, &lo);
        return make(sign, exp - 112 - (unsigned)(rnd() % 3), rnd() % 2 ? 0 : hi, lo & -2UL);
    }
}

static void put(Q q) { printf(" %016lx%016lx", q.hi, q.lo); }


/* strtod: decimal (and hexadecimal) text to the nearest double, correctly rounded
 * (ties to even), C17 7.22.1.3.
 *
 * A first guess z comes from floating point (the leading 19 digits times powers of
 * ten, a few ulps off at worst). Then it is corrected with exact integer arithmetic:
 * the decimal value X = D * 10^E (D: all the digits as a big integer) is compared
 * with the points halfway between z and its neighbours,
 *
 *        z-          lower         z          upper          z+
 *        |-------------+-----------|-----------+-------------|
 *
 * and z moves one step while X lies beyond one of them. Both sides of a comparison
 * are made integers by moving the negative powers of 2 and 5 across. Hexadecimal
 * input is exact in binary and is only rounded once. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DIGITS 800 /* digits beyond these only tell whether the rest is nonzero */
#define LIMBS 200      /* 6400 bits: D * 5^E * 2^k at the extremes */

struct big {
    uint32_t w[LIMBS]; /* least significant first */
    int n;
};

static void big_small(struct big *b, uint32_t v) {
    b->n = v != 0;
    b->w[0] = v;
}

static void big_mul_add(struct big *b, uint32_t m, uint32_t add) {
    uint64_t carry = add;
    for (int i = 0; i < b->n; i++) {
        uint64_t v = (uint64_t)b->w[i] * m + carry;
        b->w[i] = (uint32_t)v;
        carry = v >> 32;
    }
    if (carry && b->n < LIMBS)
        b->w[b->n++] = (uint32_t)carry;
}

static void big_pow5(struct big *b, int k) {
    for (; k >= 13; k -= 13)
        big_mul_add(b, 1220703125u, 0);
    static const uint32_t small[] = {1, 5, 25, 125, 625, 3125, 15625, 78125, 390625,
                                     1953125, 9765625, 48828125, 244140625};
    if (k > 0)
        big_mul_add(b, small[k], 0);
}

static void big_shl(struct big *b, int k) {
    if (b->n == 0)
        return;
    int words = k / 32, bitsh = k % 32;
    if (b->n + words + 1 > LIMBS)
        words = LIMBS - b->n - 1; /* cannot happen within the limits above */
    if (bitsh) {
        uint32_t carry = 0;
        for (int i = 0; i < b->n; i++) {
            uint32_t v = b->w[i];
            b->w[i] = (v << bitsh) | carry;
            carry = v >> (32 - bitsh);
        }
        if (carry)
            b->w[b->n++] = carry;
    }
    if (words) {
        for (int i = b->n - 1; i >= 0; i--)
            b->w[i + words] = b->w[i];
        for (int i = 0; i < words; i++)
            b->w[i] = 0;
        b->n += words;
    }
}

static int big_cmp(const struct big *a, const struct big *b) {
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i])
            return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

struct decimal {
    char digits[MAX_DIGITS];
    int n;      /* significant digits kept (no leading zeros) */
    int exp10;  /* the value is DIGITS * 10^exp10 */
    int sticky; /* nonzero digits were dropped after the kept ones */
};

/* Compare X = digits * 10^exp10 with M * 2^p. */
static int compare(const struct decimal *d, uint64_t m, int p) {
    struct big a, b;
    int a2 = 0, b2 = 0;
    a.n = 0;
    for (int i = 0; i < d->n; i++)
        big_mul_add(&a, 10, (uint32_t)(d->digits[i] - '0'));
    big_small(&b, (uint32_t)(m >> 32));
    big_mul_add(&b, 1u << 16, (uint32_t)(m >> 16) & 0xffff);
    big_mul_add(&b, 1u << 16, (uint32_t)m & 0xffff);
    if (d->exp10 >= 0) {
        big_pow5(&a, d->exp10);
        a2 += d->exp10;
    } else {
        big_pow5(&b, -d->exp10);
        b2 -= d->exp10;
    }
    if (p >= 0)
        b2 += p;
    else
        a2 -= p;
    int common = a2 < b2 ? a2 : b2;
    big_shl(&a, a2 - common);
    big_shl(&b, b2 - common);
    int c = big_cmp(&a, &b);
    return c == 0 && d->sticky ? 1 : c;
}

static uint64_t dbits(double x) {
    union { double d; uint64_t u; } v = {x};
    return v.u;
}

static double from_bits(uint64_t u) {
    union { uint64_t u; double d; } v = {u};
    return v.d;
}

/* mant * 2^e2 rounded once to a double (ties to even; sticky: more bits below);
 * *inexact tells whether rounding changed the value. */
static double make_double(uint64_t mant, int e2, int sticky, int *inexact) {
    *inexact = sticky;
    if (mant == 0)
        return 0.0;
    while (!(mant >> 63)) {
        mant <<= 1;
        e2--;
    }
    int e = e2 + 63; /* the value is in [2^e, 2^(e+1)) */
    if (e > 1023)
        return HUGE_VAL;
    int drop = e >= -1022 ? 11 : 11 + (-1022 - e);
    if (drop > 64) {
        *inexact = 1;
        return 0.0;
    }
    uint64_t kept = drop == 64 ? 0 : mant >> drop;
    uint64_t rem = drop == 64 ? mant : mant & ((1UL << drop) - 1);
    uint64_t half = 1UL << (drop - 1);
    *inexact |= rem != 0;
    if (rem > half || (rem == half && (sticky || (kept & 1))))
        kept++;
    if (e < -1022) /* subnormal (or rounded up to the smallest normal: bit 52 set) */
        return from_bits(kept);
    if (kept >> 53) {
        kept >>= 1;
        e++;
        if (e > 1023)
            return HUGE_VAL;
    }
    return from_bits(((uint64_t)(e + 1023) << 52) | (kept & ((1UL << 52) - 1)));
}

/* A guess within a few ulps: the leading digits times 10^exp, renormalized as it goes
 * so that nothing overflows or underflows on the way. */
static double first_guess(const struct decimal *d) {
    uint64_t lead = 0;
    int used = d->n < 19 ? d->n : 19;
    for (int i = 0; i < used; i++)
        lead = lead * 10 + (uint64_t)(d->digits[i] - '0');
    int e10 = d->exp10 + (d->n - used), e2 = 0;
    double t = (double)lead;
    while (e10 > 0) {
        int k = e10 > 22 ? 22 : e10;
        double p = 1;
        for (int i = 0; i < k; i++)
            p *= 10;
        t *= p;
        e10 -= k;
        int ex;
        t = frexp(t, &ex);
        e2 += ex;
    }
    while (e10 < 0) {
        int k = -e10 > 22 ? 22 : -e10;
        double p = 1;
        for (int i = 0; i < k; i++)
            p *= 10;
        t /= p;
        e10 += k;
        int ex;
        t = frexp(t, &ex);
        e2 += ex;
    }
    return ldexp(t, e2);
}

static double decimal_to_double(const struct decimal *d) {
    if (d->n == 0)
        return 0.0;
    if (d->n + d->exp10 > 310)
        return HUGE_VAL;
    if (d->n + d->exp10 < -330)
        return 0.0;
    double z = first_guess(d);
    if (isinf(z))
        z = 0x1.fffffffffffffp1023; /* the loop decides whether it really overflows */
    for (int steps = 0; steps < 100; steps++) {
        uint64_t u = dbits(z);
        if (u >> 52 >= 0x7ff)
            break; /* inf: past DBL_MAX's upper halfway point */
        int be = (int)(u >> 52);
        uint64_t m = u & ((1UL << 52) - 1);
        int q = be ? be - 1075 : -1074;
        if (be)
            m |= 1UL << 52;
        int c = compare(d, 2 * m + 1, q - 1);
        if (c > 0 || (c == 0 && (m & 1))) {
            z = from_bits(u + 1);
            continue;
        }
        if (m == 0)
            break;
        if (m == 1UL << 52 && be > 1)
            c = compare(d, 4 * m - 1, q - 2);
        else
            c = compare(d, 2 * m - 1, q - 1);
        if (c < 0 || (c == 0 && (m & 1))) {
            z = from_bits(u - 1);
            continue;
        }
        break;
    }
    return z;
}

static int hex_value(int c) {
    if (isdigit(c))
        return c - '0';
    c |= 32;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* 0x1.8p3: hex digits (with a point), then an optional binary exponent. */
static double parse_hex(const char *p, const char **end, int *nonzero, int *inexact) {
    uint64_t mant = 0;
    int e2 = 0, sticky = 0, any = 0, point = 0;
    for (;; p++) {
        if (*p == '.' && !point) {
            point = 1;
            continue;
        }
        int v = hex_value((unsigned char)*p);
        if (v < 0)
            break;
        any = 1;
        if (mant >> 60) {
            sticky |= v != 0;
            e2 += point ? 0 : 4;
        } else {
            mant = mant * 16 + (uint64_t)v;
            e2 -= point ? 4 : 0;
        }
    }
    if (!any) {
        *end = 0;
        return 0;
    }
    if ((*p | 32) == 'p') {
        const char *q = p + 1;
        int neg = *q == '-';
        if (*q == '+' || *q == '-')
            q++;
        if (isdigit((unsigned char)*q)) {
            long x = 0;
            for (; isdigit((unsigned char)*q); q++)
                if (x < 100000)
                    x = x * 10 + (*q - '0');
            e2 += (int)(neg ? -x : x);
            p = q;
        }
    }
    *end = p;
    *nonzero = mant != 0;
    return make_double(mant, e2, sticky, inexact);
}

/* Digits with an optional point, then an optional exponent; *end stays 0 if there is
 * no digit at all. */
static void parse_decimal(const char *p, const char **end, struct decimal *d) {
    int any = 0, point = 0;
    long exp10 = 0;
    d->n = 0;
    d->sticky = 0;
    for (;; p++) {
        if (*p == '.' && !point) {
            point = 1;
            continue;
        }
        if (!isdigit((unsigned char)*p))
            break;
        any = 1;
        if (d->n == 0 && *p == '0') {
            exp10 -= point;
        } else if (d->n < MAX_DIGITS) {
            d->digits[d->n++] = *p;
            exp10 -= point;
        } else {
            d->sticky |= *p != '0';
            exp10 += !point;
        }
    }
    if (!any) {
        *end = 0;
        return;
    }
    if ((*p | 32) == 'e') {
        const char *q = p + 1;
        int neg = *q == '-';
        if (*q == '+' || *q == '-')
            q++;
        if (isdigit((unsigned char)*q)) {
            long x = 0;
            for (; isdigit((unsigned char)*q); q++)
                if (x < 100000)
                    x = x * 10 + (*q - '0');
            exp10 += neg ? -x : x;
            p = q;
        }
    }
    while (d->n > 0 && d->digits[d->n - 1] == '0') { /* trailing zeros: into the exponent */
        d->n--;
        exp10++;
    }
    d->exp10 = (int)(exp10 > 100000 ? 100000 : exp10 < -100000 ? -100000 : exp10);
    *end = p;
}

static int match_word(const char *p, const char *word) {
    int i = 0;
    for (; word[i]; i++)
        if (tolower((unsigned char)p[i]) != word[i])
            return 0;
    return i;
}

double strtod(const char *restrict s, char **restrict endp) {
    struct decimal d;
    d.n = 0;
    const char *p = s, *end = 0;
    while (isspace((unsigned char)*p))
        p++;
    int neg = *p == '-';
    if (*p == '+' || *p == '-')
        p++;
    double v = 0;
    int nonzero = 0; /* the text names a finite number other than zero */
    int inexact = 1;
    if (match_word(p, "inf")) {
        end = p + (match_word(p, "infinity") ? 8 : 3);
        v = HUGE_VAL;
    } else if (match_word(p, "nan")) {
        end = p + 3;
        if (*end == '(') {
            const char *q = end + 1;
            while (isalnum((unsigned char)*q) || *q == '_')
                q++;
            if (*q == ')')
                end = q + 1;
        }
        v = __builtin_nan("");
    } else if (p[0] == '0' && (p[1] | 32) == 'x' &&
               (hex_value((unsigned char)p[2]) >= 0 ||
                (p[2] == '.' && hex_value((unsigned char)p[3]) >= 0))) {
        v = parse_hex(p + 2, &end, &nonzero, &inexact);
    } else {
        parse_decimal(p, &end, &d);
        if (end)
            v = decimal_to_double(&d);
        nonzero = end && d.n > 0;
    }
    if (end == 0) {
        if (endp)
            *endp = (char *)s;
        return 0;
    }
    if (endp)
        *endp = (char *)end;
    if (nonzero && (isinf(v) || (fabs(v) < 0x1p-1022 && inexact)))
        errno = ERANGE; /* overflow, or underflow to zero or a subnormal */
    return neg ? -v : v;
}

float strtof(const char *restrict s, char **restrict endp) {
    return (float)strtod(s, endp); /* may round twice in rare cases: not exact yet */
}

double atof(const char *s) { return strtod(s, 0); }

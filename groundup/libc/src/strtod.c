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
 * input is exact in binary and is only rounded once.
 *
 * strtold (binary128) divides instead: X = A / B * 2^E with A = D * 5^E, B = 1 (or
 * A = D, B = 5^-E), and the quotient of A * 2^s by B, with s chosen to give 117 or
 * 118 bits, is rounded once (softfp.h), the remainder deciding the sticky bit. It
 * keeps all the digits that can matter: a number halfway between two binary128
 * values has at most about 11,570 significant digits. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "softfp.h"

#define MAX_DIGITS 800 /* digits beyond these only tell whether the rest is nonzero */
#define LD_MAX_DIGITS 11700 /* strtold's: every digit that can decide a rounding */
#define LIMBS 1300 /* 41600 bits: D * 5^E * 2^k at the extremes (strtold's) */

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
    char *digits;
    int cap;    /* room in digits */
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

/* 0x1.8p3: hex digits (with a point), then an optional binary exponent, as
 * mant * 2^e2 with a sticky flag for nonzero digits beyond mant's 120 bits; *end stays
 * 0 if there is no digit. */
static void parse_hex(const char *p, const char **end, u128 *mant, int *e2, int *sticky) {
    int any = 0, point = 0;
    *mant = u128_make(0, 0);
    *e2 = 0;
    *sticky = 0;
    for (;; p++) {
        if (*p == '.' && !point) {
            point = 1;
            continue;
        }
        int v = hex_value((unsigned char)*p);
        if (v < 0)
            break;
        any = 1;
        if (mant->hi >> 56) {
            *sticky |= v != 0;
            *e2 += point ? 0 : 4;
        } else {
            *mant = u128_add(u128_shl(*mant, 4), u128_make(0, (uint64_t)v));
            *e2 -= point ? 4 : 0;
        }
    }
    if (!any) {
        *end = 0;
        return;
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
            *e2 += (int)(neg ? -x : x);
            p = q;
        }
    }
    *end = p;
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
        } else if (d->n < d->cap) {
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

/* What the text after the sign is: a finite number (as decimal digits or a binary
 * mantissa), an infinity or a NaN; *end stays 0 if it is not a number at all. */
enum kind { DECIMAL, HEX, INFINITE, NOT_A_NUMBER };

struct number {
    enum kind kind;
    int neg;
    struct decimal d;
    u128 mant; /* HEX: mant * 2^e2, more below if sticky */
    int e2, sticky;
    uint64_t payload; /* NOT_A_NUMBER: nan(n-char-sequence), if a number */
};

static const char *parse_number(const char *s, struct number *x) {
    const char *p = s, *end = 0;
    while (isspace((unsigned char)*p))
        p++;
    x->neg = *p == '-';
    if (*p == '+' || *p == '-')
        p++;
    x->payload = 0;
    if (match_word(p, "inf")) {
        x->kind = INFINITE;
        end = p + (match_word(p, "infinity") ? 8 : 3);
    } else if (match_word(p, "nan")) {
        x->kind = NOT_A_NUMBER;
        end = p + 3;
        if (*end == '(') {
            const char *q = end + 1;
            while (isalnum((unsigned char)*q) || *q == '_')
                q++;
            if (*q == ')') {
                char *after;
                unsigned long long v = strtoull(end + 1, &after, 0);
                x->payload = after == q ? v : 0;
                end = q + 1;
            }
        }
    } else if (p[0] == '0' && (p[1] | 32) == 'x' &&
               (hex_value((unsigned char)p[2]) >= 0 ||
                (p[2] == '.' && hex_value((unsigned char)p[3]) >= 0))) {
        x->kind = HEX;
        parse_hex(p + 2, &end, &x->mant, &x->e2, &x->sticky);
    } else {
        x->kind = DECIMAL;
        parse_decimal(p, &end, &x->d);
    }
    return end;
}

/* Parse the number at s into x (its decimal digits into `digits`, at most `cap`) and
 * set *endp as strtod does: 0 when there is no number (then *endp is s). */
static int read_number(const char *s, char **endp, struct number *x, char *digits, int cap) {
    x->d.digits = digits;
    x->d.cap = cap;
    const char *end = parse_number(s, x);
    if (endp)
        *endp = (char *)(end ? end : s);
    return end != 0;
}

double strtod(const char *restrict s, char **restrict endp) {
    char digits[MAX_DIGITS];
    struct number x;
    if (!read_number(s, endp, &x, digits, MAX_DIGITS))
        return 0;
    double v = 0;
    int nonzero = 0; /* the text names a finite number other than zero */
    int inexact = 1;
    switch (x.kind) {
    case INFINITE: v = HUGE_VAL; break;
    case NOT_A_NUMBER: v = __builtin_nan(""); break;
    case HEX: {
        union { uint64_t u; double d; } b;
        b.u = __gu_sf_round(0, x.e2, x.mant, x.sticky, SF_D, &inexact).lo;
        v = b.d;
        nonzero = !u128_is_zero(x.mant);
        break;
    }
    case DECIMAL:
        v = decimal_to_double(&x.d);
        nonzero = x.d.n > 0;
        break;
    }
    if (nonzero && (isinf(v) || (fabs(v) < 0x1p-1022 && inexact)))
        errno = ERANGE; /* overflow, or underflow to zero or a subnormal */
    return x.neg ? -v : v;
}

double atof(const char *s) { return strtod(s, 0); }

/* --- strtold ------------------------------------------------------------------- */

static int big_bits(const struct big *b) {
    return b->n ? 32 * b->n - __builtin_clz(b->w[b->n - 1]) : 0;
}

/* a -= b, for a >= b */
static void big_sub(struct big *a, const struct big *b) {
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t v = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        borrow = v < 0;
        a->w[i] = (uint32_t)v;
    }
    while (a->n > 0 && a->w[a->n - 1] == 0)
        a->n--;
}

static void big_shr1(struct big *b) {
    for (int i = 0; i < b->n; i++)
        b->w[i] = (b->w[i] >> 1) | (i + 1 < b->n ? b->w[i + 1] << 31 : 0);
    if (b->n > 0 && b->w[b->n - 1] == 0)
        b->n--;
}

/* The digits as a big integer, nine at a time. */
static void big_digits(struct big *a, const struct decimal *d) {
    a->n = 0;
    int i = 0;
    for (; i + 9 <= d->n; i += 9) {
        uint32_t chunk = 0;
        for (int j = 0; j < 9; j++)
            chunk = chunk * 10 + (uint32_t)(d->digits[i + j] - '0');
        big_mul_add(a, 1000000000u, chunk);
    }
    for (; i < d->n; i++)
        big_mul_add(a, 10, (uint32_t)(d->digits[i] - '0'));
}

/* X = digits * 10^exp10 = A / B * 2^exp10 rounded to binary128, or to float (`frac`,
 * `expw`: the format), see the top. X >= 10^max10 overflows; X < 10^min10 is under
 * half the format's smallest subnormal. */
static u128 decimal_to_bits(const struct decimal *d, int max10, int min10, int frac, int expw,
                            int *inexact) {
    *inexact = 1;
    if (d->n + d->exp10 > max10)
        return __gu_sf_special(SF_INF, 0, frac, expw);
    if (d->n + d->exp10 < min10)
        return u128_make(0, 0);
    struct big a, b;
    big_digits(&a, d);
    big_small(&b, 1);
    if (d->exp10 >= 0)
        big_pow5(&a, d->exp10);
    else
        big_pow5(&b, -d->exp10);
    int s = 117 - big_bits(&a) + big_bits(&b); /* A * 2^s / B in [2^116, 2^118) */
    if (s >= 0)
        big_shl(&a, s);
    else
        big_shl(&b, -s);
    big_shl(&b, 118);
    u128 q = u128_make(0, 0);
    for (int i = 0; i < 118; i++) { /* restoring division, one quotient bit a step */
        big_shr1(&b);
        q = u128_shl(q, 1);
        if (big_cmp(&a, &b) >= 0) {
            big_sub(&a, &b);
            q.lo |= 1;
        }
    }
    return __gu_sf_round(0, d->exp10 - s, q, a.n != 0, frac, expw, inexact);
}

long double strtold(const char *restrict s, char **restrict endp) {
    char digits[LD_MAX_DIGITS];
    struct number x;
    if (!read_number(s, endp, &x, digits, LD_MAX_DIGITS))
        return 0;
    u128 v = u128_make(0, 0);
    int nonzero = 0, inexact = 0;
    switch (x.kind) {
    case INFINITE: v = __gu_sf_special(SF_INF, 0, SF_Q); break;
    case NOT_A_NUMBER: /* the payload below the quiet bit */
        v = __gu_sf_special(SF_NAN, 0, SF_Q);
        v.lo = x.payload;
        break;
    case HEX:
        v = __gu_sf_round(0, x.e2, x.mant, x.sticky, SF_Q, &inexact);
        nonzero = !u128_is_zero(x.mant);
        break;
    case DECIMAL:
        nonzero = x.d.n > 0;
        if (nonzero)
            v = decimal_to_bits(&x.d, 4933, -4965, SF_Q, &inexact); /* LDBL_MAX < 10^4933 */
        break;
    }
    int e = (int)(v.hi >> 48); /* the biased exponent: 0 for zero and subnormals */
    if (nonzero && (e == 0x7fff || (e == 0 && inexact)))
        errno = ERANGE; /* overflow, or underflow to zero or a subnormal */
    v.hi |= (uint64_t)x.neg << 63;
    return ld_from(v);
}

/* Rounded once, from the text: the quotient to 118 bits and a sticky bit as for
 * strtold, then to float's 24 (rounding strtod's double again can miss: a decimal
 * just above a float halfway point may round to the halfway double, then to even). */
float strtof(const char *restrict s, char **restrict endp) {
    char digits[MAX_DIGITS];
    struct number x;
    if (!read_number(s, endp, &x, digits, MAX_DIGITS))
        return 0;
    union { uint32_t u; float f; } v = {0};
    int nonzero = 0, inexact = 0;
    switch (x.kind) {
    case INFINITE: v.f = __builtin_inff(); break;
    case NOT_A_NUMBER: v.f = __builtin_nanf(""); break;
    case HEX:
        v.u = (uint32_t)__gu_sf_round(0, x.e2, x.mant, x.sticky, SF_S, &inexact).lo;
        nonzero = !u128_is_zero(x.mant);
        break;
    case DECIMAL: /* FLT_MAX < 10^39; half the smallest subnormal > 10^-46 */
        nonzero = x.d.n > 0;
        if (nonzero)
            v.u = (uint32_t)decimal_to_bits(&x.d, 39, -45, SF_S, &inexact).lo;
        break;
    }
    int e = (int)(v.u >> 23) & 0xff;
    if (nonzero && (e == 0xff || (e == 0 && inexact)))
        errno = ERANGE; /* overflow, or underflow to zero or a subnormal */
    return x.neg ? -v.f : v.f;
}

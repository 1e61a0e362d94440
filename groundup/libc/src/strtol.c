/* String to integer conversions (C17 7.22.1.4): optional white space, a sign, a base
 * prefix (0x for 16 and 0 for 8 when base is 0 or 16), digits; *end after the last
 * digit used (or s when there is none). Out of range: the limit and ERANGE. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

static int digit_value(int c) {
    if (isdigit(c))
        return c - '0';
    if (isalpha(c))
        return (c | 32) - 'a' + 10;
    return 99;
}

/* The magnitude, saturated at `limit`; *neg the sign; *overflow whether it exceeded. */
static unsigned long long scan(const char *s, char **end, int base, int *neg,
                               unsigned long long limit, int *overflow) {
    const char *p = s;
    *neg = 0;
    *overflow = 0;
    if (base < 0 || base == 1 || base > 36) {
        errno = EINVAL;
        if (end)
            *end = (char *)s;
        return 0;
    }
    while (isspace((unsigned char)*p))
        p++;
    if (*p == '+' || *p == '-')
        *neg = *p++ == '-';
    if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' &&
        digit_value((unsigned char)p[2]) < 16) {
        p += 2;
        base = 16;
    } else if (base == 0) {
        base = p[0] == '0' ? 8 : 10;
    }
    const char *first = p;
    unsigned long long v = 0;
    for (int d; (d = digit_value((unsigned char)*p)) < base; p++) {
        if (v > (limit - (unsigned)d) / (unsigned)base)
            *overflow = 1;
        else
            v = v * (unsigned)base + (unsigned)d;
    }
    if (end)
        *end = (char *)(p == first ? s : p);
    return v;
}

long long strtoll(const char *restrict s, char **restrict end, int base) {
    int neg, over;
    unsigned long long v = scan(s, end, base, &neg, (unsigned long long)LLONG_MAX + 1, &over);
    if (over || (!neg && v > LLONG_MAX)) {
        errno = ERANGE;
        return neg ? LLONG_MIN : LLONG_MAX;
    }
    return neg ? (long long)(0 - v) : (long long)v;
}

unsigned long long strtoull(const char *restrict s, char **restrict end, int base) {
    int neg, over;
    unsigned long long v = scan(s, end, base, &neg, ULLONG_MAX, &over);
    if (over) {
        errno = ERANGE;
        return ULLONG_MAX;
    }
    return neg ? 0 - v : v;
}

long strtol(const char *restrict s, char **restrict end, int base) {
    return (long)strtoll(s, end, base);
}
unsigned long strtoul(const char *restrict s, char **restrict end, int base) {
    return (unsigned long)strtoull(s, end, base);
}
intmax_t strtoimax(const char *restrict s, char **restrict end, int base) {
    return strtoll(s, end, base);
}
uintmax_t strtoumax(const char *restrict s, char **restrict end, int base) {
    return strtoull(s, end, base);
}
int atoi(const char *s) { return (int)strtol(s, 0, 10); }
long atol(const char *s) { return strtol(s, 0, 10); }
long long atoll(const char *s) { return strtoll(s, 0, 10); }

/* The printf family's engine (C17 7.21.6.1): one pass over the format, each
 * conversion specification parsed into a `spec`, its argument fetched with va_arg
 * here (va_list is a pointer on RISC-V: only this function may advance it), and its
 * text produced into a sink - a FILE, a string, or a file descriptor.
 *
 *   %[flags -+ #0][width|*][.precision|.*][length hh h l ll j z t L]conversion
 *
 * Floating point is exact: fmtfloat.c gives all the decimal digits of the value,
 * and rounding them (half to even) is done here on the digit string. */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include "libc.h"

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIG_L };

struct spec {
    int minus, plus, space, alt, zero;
    int width, prec; /* prec -1: none given */
    int len;
    char conv;
};

struct out {
    struct __sink *sink;
    long count;
    int failed;
};

static void emit(struct out *o, const char *p, size_t n) {
    if (n == 0 || o->failed)
        return;
    if (o->sink->put(o->sink, p, n) < 0)
        o->failed = 1;
    o->count += (long)n;
}

static void pad(struct out *o, char c, long n) {
    char block[32];
    memset(block, c, sizeof block);
    for (; n > 0; n -= 32)
        emit(o, block, n < 32 ? (size_t)n : 32);
}

/* prefix (sign, 0x), zeros, body, with the width filled as the flags say. */
static void field(struct out *o, const struct spec *s, const char *prefix, long zeros,
                  const char *body, long n) {
    long plen = (long)strlen(prefix);
    long fill = s->width - plen - zeros - n;
    if (!s->minus && !s->zero)
        pad(o, ' ', fill);
    emit(o, prefix, (size_t)plen);
    if (!s->minus && s->zero)
        pad(o, '0', fill);
    pad(o, '0', zeros);
    emit(o, body, (size_t)n);
    if (s->minus)
        pad(o, ' ', fill);
}

/* --- integers --------------------------------------------------------------------- */

static void format_integer(struct out *o, struct spec *s, uint64_t v, int negative) {
    char buf[24];
    int n = 0;
    unsigned base = s->conv == 'o' ? 8 : (s->conv == 'x' || s->conv == 'X') ? 16 : 10;
    const char *digits = s->conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    for (uint64_t x = v; x; x /= base)
        buf[sizeof buf - ++n] = digits[x % base];
    const char *prefix = "";
    if (negative)
        prefix = "-";
    else if (s->conv == 'd' || s->conv == 'i')
        prefix = s->plus ? "+" : s->space ? " " : "";
    else if (s->alt && base == 16 && v != 0)
        prefix = s->conv == 'X' ? "0X" : "0x";
    long zeros = s->prec > n ? s->prec - n : 0;
    if (s->alt && base == 8 && zeros == 0 && (n == 0 || buf[sizeof buf - n] != '0'))
        zeros = 1;
    if (s->prec >= 0)
        s->zero = 0;
    if (v == 0 && s->prec < 0 && zeros == 0)
        zeros = 1; /* "0" itself */
    field(o, s, prefix, zeros, buf + sizeof buf - n, n);
}

/* --- floating point ------------------------------------------------------------- */

struct fp {
    int negative, kind; /* kind: 0 finite, 1 inf, 2 nan */
    unsigned long hi, lo; /* the significand, an integer */
    int e2;               /* value = (hi:lo) * 2^e2 */
    int mant_bits;        /* bits after the binary point in %a's form (52 or 112) */
    int lead;             /* %a's leading digit: 1 for normal numbers, 0 for subnormal */
    int hex_exp;          /* %a's exponent */
};

static void unpack_double(struct fp *f, double d) {
    union { double d; uint64_t u; } u = {d};
    int exp = (int)(u.u >> 52) & 0x7ff;
    uint64_t mant = u.u & ((1UL << 52) - 1);
    f->negative = (int)(u.u >> 63);
    f->kind = exp == 0x7ff ? (mant ? 2 : 1) : 0;
    f->hi = 0;
    f->lo = exp ? mant | (1UL << 52) : mant;
    f->e2 = (exp ? exp : 1) - 1075;
    f->mant_bits = 52;
    f->lead = exp != 0;
    f->hex_exp = mant == 0 && exp == 0 ? 0 : (exp ? exp : 1) - 1023;
}

static void unpack_long_double(struct fp *f, long double x) {
    union { long double x; uint64_t w[2]; } u;
    u.x = x;
    int exp = (int)(u.w[1] >> 48) & 0x7fff;
    uint64_t hi = u.w[1] & ((1UL << 48) - 1);
    f->negative = (int)(u.w[1] >> 63);
    f->kind = exp == 0x7fff ? ((hi | u.w[0]) ? 2 : 1) : 0;
    f->hi = exp ? hi | (1UL << 48) : hi;
    f->lo = u.w[0];
    f->e2 = (exp ? exp : 1) - 16495;
    f->mant_bits = 112;
    f->lead = exp != 0;
    f->hex_exp = (hi | u.w[0]) == 0 && exp == 0 ? 0 : (exp ? exp : 1) - 16383;
}

/* Round the n digits d (value 0.d * 10^*e) to `keep` digits, half to even.
 * Returns the new digit count (at least 1: zero is "0"). */
static int round_digits(char *d, int n, int keep, int *e) {
    if (keep >= n)
        return n;
    int up = 0;
    if (keep >= 0) {
        char first = d[keep];
        if (first > '5') {
            up = 1;
        } else if (first == '5') {
            up = keep > 0 ? (d[keep - 1] - '0') & 1 : 0;
            for (int i = keep + 1; i < n && !up; i++)
                up = d[i] != '0';
        }
    }
    if (keep <= 0) { /* nothing kept: the result is 0 or one unit of the next place */
        d[0] = up ? '1' : '0';
        if (up)
            *e += 1 - keep;
        else
            *e = 1;
        return 1;
    }
    n = keep;
    if (up) {
        int i = n - 1;
        while (i >= 0 && d[i] == '9')
            d[i--] = '0';
        if (i < 0) {
            d[0] = '1';
            *e += 1;
        } else {
            d[i]++;
        }
    }
    while (n > 1 && d[n - 1] == '0')
        n--;
    return n;
}

static char digit_at(const char *d, int n, int i) { return i >= 0 && i < n ? d[i] : '0'; }

/* %f: the digits of 0.d * 10^e with prec digits after the point. */
static int fixed_body(char *body, const char *d, int n, int e, int prec, int alt) {
    int k = 0;
    if (e <= 0)
        body[k++] = '0';
    for (int i = 0; i < e; i++)
        body[k++] = digit_at(d, n, i);
    if (prec > 0 || alt)
        body[k++] = '.';
    for (int i = 0; i < prec; i++)
        body[k++] = digit_at(d, n, e + i);
    return k;
}

static int strip_zeros(char *body, int k);

/* %e: d.ddd e+XX (strip: %g's removal of trailing zeros from the d.ddd part) */
static int exp_body(char *body, const char *d, int n, int e, int prec, int alt, char letter,
                    int strip) {
    int k = 0;
    body[k++] = d[0];
    if (prec > 0 || alt)
        body[k++] = '.';
    for (int i = 1; i <= prec; i++)
        body[k++] = digit_at(d, n, i);
    if (strip)
        k = strip_zeros(body, k);
    int x = d[0] == '0' ? 0 : e - 1;
    body[k++] = letter;
    body[k++] = x < 0 ? '-' : '+';
    if (x < 0)
        x = -x;
    char tmp[8];
    int t = 0;
    do {
        tmp[t++] = (char)('0' + x % 10);
        x /= 10;
    } while (x);
    if (t < 2)
        tmp[t++] = '0';
    while (t)
        body[k++] = tmp[--t];
    return k;
}

static int strip_zeros(char *body, int k) {
    int point = -1;
    for (int i = 0; i < k; i++)
        if (body[i] == '.')
            point = i;
    if (point < 0)
        return k;
    while (k > point + 1 && body[k - 1] == '0')
        k--;
    if (k == point + 1)
        k--;
    return k;
}

static int hex_body(char *body, struct fp *f, struct spec *s) {
    int upper = s->conv == 'A';
    const char *hexd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int ndig = f->mant_bits / 4;
    /* the fraction as hex digits: hi:lo without the leading bit, left-aligned */
    unsigned long frac_hi = f->hi, frac_lo = f->lo;
    int lead = f->lead;
    char digs[32];
    for (int i = 0; i < ndig; i++) {
        int bit = f->mant_bits - 4 * (i + 1); /* low bit of this digit */
        unsigned v = bit >= 64 ? (unsigned)(frac_hi >> (bit - 64)) & 15
                               : (unsigned)(frac_lo >> bit) & 15;
        digs[i] = (char)v;
    }
    int prec = s->prec;
    if (prec >= 0 && prec < ndig) { /* round half to even at digit `prec` */
        int up = digs[prec] > 8;
        if (digs[prec] == 8) {
            up = prec > 0 ? digs[prec - 1] & 1 : lead & 1;
            for (int i = prec + 1; i < ndig && !up; i++)
                up = digs[i] != 0;
        }
        ndig = prec;
        for (int i = ndig - 1; up && i >= 0; i--) {
            digs[i] = (char)((digs[i] + 1) & 15);
            up = digs[i] == 0;
        }
        lead += up;
    } else if (prec < 0) {
        while (ndig > 0 && digs[ndig - 1] == 0)
            ndig--;
    }
    int k = 0;
    body[k++] = hexd[lead];
    if (ndig > 0 || prec > 0 || s->alt)
        body[k++] = '.';
    for (int i = 0; i < ndig; i++)
        body[k++] = hexd[(int)digs[i]];
    for (int i = ndig; i < prec; i++)
        body[k++] = '0';
    body[k++] = upper ? 'P' : 'p';
    int x = f->hex_exp;
    body[k++] = x < 0 ? '-' : '+';
    if (x < 0)
        x = -x;
    char tmp[8];
    int t = 0;
    do {
        tmp[t++] = (char)('0' + x % 10);
        x /= 10;
    } while (x);
    while (t)
        body[k++] = tmp[--t];
    return k;
}

#define DIGITS_MAX 11700

static void format_float(struct out *o, struct spec *s, struct fp *f) {
    char lower = (char)(s->conv | 32);
    int upper = s->conv != lower;
    const char *sign = f->negative ? "-" : s->plus ? "+" : s->space ? " " : "";
    if (f->kind) {
        const char *word = f->kind == 1 ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
        s->zero = 0;
        field(o, s, sign, 0, word, 3);
        return;
    }
    if (lower == 'a') {
        char body[160];
        char prefix[4] = {0};
        strcpy(prefix, sign);
        strcat(prefix, upper ? "0X" : "0x");
        field(o, s, prefix, 0, body, hex_body(body, f, s));
        return;
    }
    char d[DIGITS_MAX];
    int e;
    int n = __decimal_digits(f->hi, f->lo, f->e2, d, &e);
    if (n == 0) {
        d[0] = '0';
        n = 1;
        e = 1;
    }
    int prec = s->prec < 0 ? 6 : s->prec;
    char body[DIGITS_MAX + 64];
    int k;
    if (lower == 'f') {
        n = round_digits(d, n, e + prec, &e);
        if (d[0] == '0')
            e = 1;
        k = fixed_body(body, d, n, e, prec, s->alt);
    } else if (lower == 'e') {
        n = round_digits(d, n, prec + 1, &e);
        k = exp_body(body, d, n, e, prec, s->alt, upper ? 'E' : 'e', 0);
    } else { /* g */
        int p = prec == 0 ? 1 : prec, before = e;
        n = round_digits(d, n, p, &e);
        int x = d[0] == '0' ? 0 : e - 1;
        /* glibc's quirk: when rounding carries a value with P integer digits over to
         * P+1 (999.9999 at %#.3g), the style becomes %e but keeps the fixed style's
         * 0 fraction digits: "1.e+03". Only '#' shows it (trailing zeros go anyway). */
        int quirk = e != before && x == p;
        if (p > x && x >= -4) {
            k = fixed_body(body, d, n, d[0] == '0' ? 1 : e, p - 1 - x, s->alt);
            if (!s->alt)
                k = strip_zeros(body, k);
        } else {
            k = exp_body(body, d, n, e, quirk ? 0 : p - 1, s->alt, upper ? 'E' : 'e', !s->alt);
        }
    }
    field(o, s, sign, 0, body, k);
}

/* --- strings and characters ------------------------------------------------------- */

static void format_string(struct out *o, struct spec *s, const char *str) {
    if (str == 0)
        str = s->prec < 0 || s->prec >= 6 ? "(null)" : "";
    size_t n = s->prec < 0 ? strlen(str) : strnlen(str, (size_t)s->prec);
    s->zero = 0;
    field(o, s, "", 0, str, (long)n);
}

/* A wide string in the "C" locale: only ASCII converts; anything else is EILSEQ. */
static int format_wide(struct out *o, struct spec *s, const int *ws, int single) {
    char buf[256];
    long n = 0;
    if (ws == 0 && !single) {
        format_string(o, s, 0);
        return 0;
    }
    for (long i = 0; single ? i < 1 : ws[i] != 0; i++) {
        if (ws[i] < 0 || ws[i] > 127)
            return -1;
        if (!single && s->prec >= 0 && n >= s->prec)
            break;
        if (n == (long)sizeof buf)
            break; /* long wide strings are cut: a limit of this version */
        buf[n++] = (char)ws[i];
    }
    s->zero = 0;
    field(o, s, "", 0, buf, n);
    return 0;
}

/* --- the conversion loop ---------------------------------------------------------- */

static const char *parse_spec(const char *p, struct spec *s, va_list *ap) {
    memset(s, 0, sizeof *s);
    s->prec = -1;
    for (;; p++) {
        if (*p == '-')
            s->minus = 1;
        else if (*p == '+')
            s->plus = 1;
        else if (*p == ' ')
            s->space = 1;
        else if (*p == '#')
            s->alt = 1;
        else if (*p == '0')
            s->zero = 1;
        else
            break;
    }
    if (*p == '*') {
        s->width = va_arg(*ap, int);
        if (s->width < 0) {
            s->minus = 1;
            s->width = -s->width;
        }
        p++;
    } else {
        while (*p >= '0' && *p <= '9')
            s->width = s->width * 10 + (*p++ - '0');
    }
    if (*p == '.') {
        p++;
        s->prec = 0;
        if (*p == '*') {
            s->prec = va_arg(*ap, int);
            if (s->prec < 0)
                s->prec = -1;
            p++;
        } else {
            while (*p >= '0' && *p <= '9')
                s->prec = s->prec * 10 + (*p++ - '0');
        }
    }
    if (s->minus)
        s->zero = 0;
    switch (*p) {
    case 'h':
        s->len = p[1] == 'h' ? (p++, LEN_HH) : LEN_H;
        p++;
        break;
    case 'l':
        s->len = p[1] == 'l' ? (p++, LEN_LL) : LEN_L;
        p++;
        break;
    case 'q':
        s->len = LEN_LL;
        p++;
        break;
    case 'j':
        s->len = LEN_J;
        p++;
        break;
    case 'z':
    case 'Z':
        s->len = LEN_Z;
        p++;
        break;
    case 't':
        s->len = LEN_T;
        p++;
        break;
    case 'L':
        s->len = LEN_BIG_L;
        p++;
        break;
    }
    s->conv = *p;
    return p;
}

static int64_t signed_arg(int len, va_list *ap) {
    switch (len) {
    case LEN_HH:
        return (signed char)va_arg(*ap, int);
    case LEN_H:
        return (short)va_arg(*ap, int);
    case LEN_NONE:
        return va_arg(*ap, int);
    default:
        return va_arg(*ap, long);
    }
}

static uint64_t unsigned_arg(int len, va_list *ap) {
    switch (len) {
    case LEN_HH:
        return (unsigned char)va_arg(*ap, unsigned);
    case LEN_H:
        return (unsigned short)va_arg(*ap, unsigned);
    case LEN_NONE:
        return va_arg(*ap, unsigned);
    default:
        return va_arg(*ap, unsigned long);
    }
}

static void store_count(int len, void *p, long count) {
    switch (len) {
    case LEN_HH:
        *(signed char *)p = (signed char)count;
        break;
    case LEN_H:
        *(short *)p = (short)count;
        break;
    case LEN_NONE:
        *(int *)p = (int)count;
        break;
    default:
        *(long *)p = count;
    }
}

char *strerror(int errnum);

/* One conversion; -1 for an encoding error (a wide character outside ASCII). */
static int convert(struct out *o, struct spec *s, va_list *ap) {
    struct fp f;
    switch (s->conv) {
    case 'd':
    case 'i': {
        int64_t v = signed_arg(s->len, ap);
        format_integer(o, s, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, v < 0);
        return 0;
    }
    case 'o':
    case 'u':
    case 'x':
    case 'X':
        format_integer(o, s, unsigned_arg(s->len, ap), 0);
        return 0;
    case 'p': {
        void *p = va_arg(*ap, void *);
        if (p == 0) {
            s->zero = 0;
            s->prec = -1;
            field(o, s, "", 0, "(nil)", 5);
            return 0;
        }
        s->alt = 1;
        s->conv = 'x';
        format_integer(o, s, (uint64_t)(uintptr_t)p, 0);
        return 0;
    }
    case 'c':
        if (s->len == LEN_L) {
            int wc = (int)va_arg(*ap, unsigned);
            return format_wide(o, s, &wc, 1);
        } else {
            char c = (char)va_arg(*ap, int);
            s->zero = 0;
            field(o, s, "", 0, &c, 1);
        }
        return 0;
    case 'C': {
        int wc = (int)va_arg(*ap, unsigned);
        return format_wide(o, s, &wc, 1);
    }
    case 's':
        if (s->len == LEN_L)
            return format_wide(o, s, va_arg(*ap, const int *), 0);
        format_string(o, s, va_arg(*ap, const char *));
        return 0;
    case 'S':
        return format_wide(o, s, va_arg(*ap, const int *), 0);
    case 'm':
        format_string(o, s, strerror(errno));
        return 0;
    case 'n':
        store_count(s->len, va_arg(*ap, void *), o->count);
        return 0;
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
    case 'a':
    case 'A':
        if (s->len == LEN_BIG_L)
            unpack_long_double(&f, va_arg(*ap, long double));
        else
            unpack_double(&f, va_arg(*ap, double));
        format_float(o, s, &f);
        return 0;
    default:
        return 1; /* not a conversion: printed as written */
    }
}

int __vformat(struct __sink *sink, const char *fmt, va_list ap) {
    struct out o = {sink, 0, 0};
    struct spec s;
    va_list args;
    va_copy(args, ap);
    const char *p = fmt;
    while (*p) {
        const char *start = p;
        while (*p && *p != '%')
            p++;
        emit(&o, start, (size_t)(p - start));
        if (!*p)
            break;
        if (p[1] == '%') {
            emit(&o, "%", 1);
            p += 2;
            continue;
        }
        const char *spec_start = p;
        p = parse_spec(p + 1, &s, &args);
        if (*p == 0) {
            emit(&o, spec_start, (size_t)(p - spec_start));
            break;
        }
        int r = convert(&o, &s, &args);
        if (r < 0) {
            va_end(args);
            errno = EILSEQ;
            return -1;
        }
        if (r > 0)
            emit(&o, spec_start, (size_t)(p + 1 - spec_start));
        p++;
    }
    va_end(args);
    if (o.failed)
        return -1;
    if (o.count > INT_MAX) {
        errno = EOVERFLOW;
        return -1;
    }
    return (int)o.count;
}

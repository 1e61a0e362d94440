/* The scanf family (C17 7.21.6.2): the format drives reading from a source (a string
 * or a FILE) one character at a time, with one character of push-back. A numeric
 * field is first collected as text (as long as it can still be a number of its
 * kind, at most `width` characters) and then converted by strtoll/strtoull/strtod
 * (strtof, strtold for float and long double).
 * Returns the number of assignments, or EOF when the input ended before the first
 * conversion. */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct source {
    FILE *file;      /* or */
    const char *str; /* a string */
    long count;      /* characters consumed (for %n) */
    int eof;
};

static int next_char(struct source *s) {
    int c = s->file ? fgetc(s->file) : (*s->str ? (unsigned char)*s->str++ : EOF);
    if (c == EOF)
        s->eof = 1;
    else
        s->count++;
    return c;
}

static void push_back(struct source *s, int c) {
    if (c == EOF)
        return;
    s->count--;
    if (s->file)
        ungetc(c, s->file);
    else
        s->str--;
}

static void skip_space(struct source *s) {
    int c;
    while ((c = next_char(s)) != EOF && isspace(c))
        ;
    push_back(s, c);
}

enum { L_INT, L_HH, L_H, L_L, L_LL, L_BIG_L };

static void store_int(void *p, int len, unsigned long long v) {
    switch (len) {
    case L_HH:
        *(unsigned char *)p = (unsigned char)v;
        break;
    case L_H:
        *(unsigned short *)p = (unsigned short)v;
        break;
    case L_INT:
        *(unsigned *)p = (unsigned)v;
        break;
    default:
        *(unsigned long long *)p = v;
    }
}

/* Collect an integer's text in base (0: any prefix); returns its length. */
static int scan_integer(struct source *s, char *buf, int width, int base) {
    int n = 0, c = next_char(s);
    if ((c == '+' || c == '-') && n < width) {
        buf[n++] = (char)c;
        c = next_char(s);
    }
    if (c == '0' && n < width && (base == 0 || base == 16)) {
        buf[n++] = (char)c;
        c = next_char(s);
        if ((c | 32) == 'x' && n < width) {
            buf[n++] = (char)c;
            c = next_char(s);
            base = 16;
        } else if (base == 0) {
            base = 8;
        }
    }
    if (base == 0)
        base = 10;
    for (; c != EOF && n < width && n < 510; c = next_char(s)) {
        int d = isdigit(c) ? c - '0' : isalpha(c) ? (c | 32) - 'a' + 10 : 99;
        if (d >= base)
            break;
        buf[n++] = (char)c;
    }
    push_back(s, c);
    buf[n] = 0;
    return n;
}

/* Collect a floating-point number's text: sign, digits, point, exponent, or inf/nan,
 * or hexadecimal. */
static int scan_float(struct source *s, char *buf, int width) {
    int n = 0, c = next_char(s), digits = 0, hex = 0;
    if ((c == '+' || c == '-') && n < width) {
        buf[n++] = (char)c;
        c = next_char(s);
    }
    if ((c | 32) == 'i' || (c | 32) == 'n') { /* inf, infinity, nan */
        while (c != EOF && isalpha(c) && n < width && n < 10) {
            buf[n++] = (char)c;
            c = next_char(s);
        }
        push_back(s, c);
        buf[n] = 0;
        return n;
    }
    if (c == '0' && n < width) {
        buf[n++] = (char)c;
        digits = 1;
        c = next_char(s);
        if ((c | 32) == 'x' && n < width) {
            buf[n++] = (char)c;
            c = next_char(s);
            hex = 1;
        }
    }
    for (int point = 0; c != EOF && n < width && n < 510; c = next_char(s)) {
        if (c == '.' && !point) {
            point = 1;
        } else if (isdigit(c) || (hex && isxdigit(c))) {
            digits = 1;
        } else if (digits && ((!hex && (c | 32) == 'e') || (hex && (c | 32) == 'p'))) {
            buf[n++] = (char)c;
            c = next_char(s);
            if ((c == '+' || c == '-') && n < width) {
                buf[n++] = (char)c;
                c = next_char(s);
            }
            while (c != EOF && isdigit(c) && n < width && n < 510) {
                buf[n++] = (char)c;
                c = next_char(s);
            }
            break;
        } else {
            break;
        }
        buf[n++] = (char)c;
    }
    push_back(s, c);
    buf[n] = 0;
    return digits ? n : 0;
}

/* %[...]: the set of accepted bytes; returns the format after the closing ']'. */
static const char *scan_set(const char *f, unsigned char set[256]) {
    int negate = *f == '^';
    if (negate)
        f++;
    memset(set, negate, 256);
    if (*f == ']') {
        set[']'] = (unsigned char)!negate;
        f++;
    }
    for (; *f && *f != ']'; f++) {
        if (f[1] == '-' && f[2] && f[2] != ']') {
            for (int c = (unsigned char)f[0]; c <= (unsigned char)f[2]; c++)
                set[c] = (unsigned char)!negate;
            f += 2;
        } else {
            set[(unsigned char)*f] = (unsigned char)!negate;
        }
    }
    return *f ? f + 1 : f;
}

static int vscan(struct source *s, const char *f, va_list ap) {
    int assigned = 0, converted = 0;
    char buf[512];
    for (; *f; f++) {
        if (isspace((unsigned char)*f)) {
            skip_space(s);
            continue;
        }
        if (*f != '%' || f[1] == '%') {
            if (*f == '%') {
                f++;
                skip_space(s);
            }
            int c = next_char(s);
            if (c != (unsigned char)*f) {
                push_back(s, c);
                break;
            }
            continue;
        }
        f++;
        int suppress = *f == '*';
        if (suppress)
            f++;
        int width = 0;
        while (isdigit((unsigned char)*f))
            width = width * 10 + (*f++ - '0');
        int len = L_INT;
        if (*f == 'h') {
            len = f[1] == 'h' ? (f++, L_HH) : L_H;
            f++;
        } else if (*f == 'l') {
            len = f[1] == 'l' ? (f++, L_LL) : L_L;
            f++;
        } else if (*f == 'j' || *f == 'z' || *f == 't' || *f == 'q') {
            len = L_LL;
            f++;
        } else if (*f == 'L') {
            len = L_BIG_L;
            f++;
        }
        char conv = *f;
        if (conv == 0)
            break;
        if (conv == 'n') {
            if (!suppress)
                store_int(va_arg(ap, void *), len, (unsigned long long)s->count);
            continue;
        }
        if (conv != 'c' && conv != '[')
            skip_space(s);
        if (width == 0)
            width = conv == 'c' ? 1 : 0x7fffffff;
        if (conv == 'd' || conv == 'i' || conv == 'u' || conv == 'o' || conv == 'x' ||
            conv == 'X' || conv == 'p') {
            int base = conv == 'd' || conv == 'u' ? 10 : conv == 'o' ? 8 : conv == 'i' ? 0 : 16;
            if (scan_integer(s, buf, width, base) == 0)
                break;
            unsigned long long v = conv == 'd' || conv == 'i'
                                       ? (unsigned long long)strtoll(buf, 0, base)
                                       : strtoull(buf, 0, base);
            if (!suppress) {
                if (conv == 'p')
                    *va_arg(ap, void **) = (void *)(uintptr_t)v;
                else
                    store_int(va_arg(ap, void *), len, v);
            }
        } else if (conv == 'f' || conv == 'e' || conv == 'g' || conv == 'a' || conv == 'F' ||
                   conv == 'E' || conv == 'G' || conv == 'A') {
            if (scan_float(s, buf, width) == 0)
                break;
            if (!suppress) { /* each width rounded once, from the text */
                if (len == L_L)
                    *va_arg(ap, double *) = strtod(buf, 0);
                else if (len == L_BIG_L)
                    *va_arg(ap, long double *) = strtold(buf, 0);
                else
                    *va_arg(ap, float *) = strtof(buf, 0);
            }
        } else if (conv == 's' || conv == 'c' || conv == '[') {
            unsigned char set[256];
            if (conv == '[')
                f = scan_set(f + 1, set) - 1;
            char *out = suppress ? 0 : va_arg(ap, char *);
            int n = 0, c = 0;
            for (; n < width && (c = next_char(s)) != EOF; n++) {
                if ((conv == 's' && isspace(c)) || (conv == '[' && !set[c]))
                    break;
                if (out)
                    out[n] = (char)c;
            }
            if (n < width && c != EOF && conv != 'c')
                push_back(s, c);
            if (n == 0 || (conv == 'c' && n < width))
                break;
            if (out && conv != 'c')
                out[n] = 0;
        } else {
            break; /* not a conversion */
        }
        converted++;
        assigned += !suppress;
    }
    if (converted == 0 && s->eof && assigned == 0)
        return EOF;
    return assigned;
}

int vsscanf(const char *restrict str, const char *restrict fmt, va_list ap) {
    struct source s = {0, str, 0, 0};
    return vscan(&s, fmt, ap);
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap) {
    struct source s = {f, 0, 0, 0};
    return vscan(&s, fmt, ap);
}

int vscanf(const char *restrict fmt, va_list ap) { return vfscanf(stdin, fmt, ap); }

int sscanf(const char *restrict str, const char *restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vsscanf(str, fmt, ap);
    va_end(ap);
    return r;
}

int fscanf(FILE *restrict f, const char *restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfscanf(f, fmt, ap);
    va_end(ap);
    return r;
}

int scanf(const char *restrict fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfscanf(stdin, fmt, ap);
    va_end(ap);
    return r;
}

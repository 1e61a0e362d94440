/* The scanf family (C17 7.21.6.2): the format drives reading from a source (a string
 * or a FILE) one character at a time, with one character of push-back. A numeric
 * field is first collected as text (as long as it can still be a number of its
 * kind, at most `width` characters) and then converted by strtoll/strtoull/strtod
 * (strtof, strtold for float and long double); the text may be of any length.
 * Returns the number of assignments, or EOF when the input ended (an input failure)
 * before any assignment. Where C leaves room, glibc's choices are followed: a %c
 * cut short by the end of the input still assigns, and the corner cases of "0x" in
 * floating fields (scan_float). */
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
};

static int next_char(struct source *s) {
    int c = s->file ? fgetc(s->file) : (*s->str ? (unsigned char)*s->str++ : EOF);
    if (c != EOF)
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

/* A field's text, as long as it is (glibc reads numbers of any length too). */
struct text {
    char *p;
    int n, cap;
    char small[128];
};

static void text_init(struct text *t) {
    t->p = t->small;
    t->n = 0;
    t->cap = (int)sizeof t->small;
    t->small[0] = 0;
}

static void text_add(struct text *t, int c) {
    if (t->n + 2 > t->cap) {
        char *q = t->p == t->small ? malloc(2 * (size_t)t->cap) : realloc(t->p, 2 * (size_t)t->cap);
        if (!q)
            return; /* out of memory: the text is cut here */
        if (t->p == t->small)
            memcpy(q, t->small, (size_t)t->n + 1);
        t->p = q;
        t->cap *= 2;
    }
    t->p[t->n++] = (char)c;
    t->p[t->n] = 0;
}

static void text_free(struct text *t) {
    if (t->p != t->small)
        free(t->p);
}

/* Collect an integer's text in base (0: any prefix); returns its length, or 0 when
 * it has no digit (a lone sign is a matching failure). */
static int scan_integer(struct source *s, struct text *t, int width, int base) {
    int c = next_char(s), digits = 0;
    if ((c == '+' || c == '-') && t->n < width) {
        text_add(t, c);
        c = next_char(s);
    }
    if (c == '0' && t->n < width && (base == 0 || base == 16)) {
        text_add(t, c);
        digits = 1;
        c = next_char(s);
        if ((c | 32) == 'x' && t->n < width) {
            text_add(t, c);
            c = next_char(s);
            base = 16;
        } else if (base == 0) {
            base = 8;
        }
    }
    if (base == 0)
        base = 10;
    for (; c != EOF && t->n < width; c = next_char(s)) {
        int d = isdigit(c) ? c - '0' : isalpha(c) ? (c | 32) - 'a' + 10 : 99;
        if (d >= base)
            break;
        text_add(t, c);
        digits = 1;
    }
    push_back(s, c);
    return digits ? t->n : 0;
}

/* "inf", "infinity" or "nan" in any case, after the sign: all of the word or a
 * matching failure ("infin" is one); returns the text's length or 0. */
static int scan_word(struct source *s, struct text *t, int width, int c) {
    const char *word = (c | 32) == 'i' ? "infinity" : "nan";
    int k = 0;
    for (; word[k] && t->n < width && (c | 32) == word[k]; k++) {
        text_add(t, c);
        c = next_char(s);
    }
    push_back(s, c);
    return k == 3 || k == 8 ? t->n : 0;
}

/* Collect a floating-point number's text: sign, digits, point, exponent, or inf/nan,
 * or hexadecimal; returns its length or 0. As glibc does, the x of 0x is taken only
 * when the width leaves room for a character after it (else the number is "0"), and
 * a hexadecimal number needs something after its 0x ("0x." is zero). */
static int scan_float(struct source *s, struct text *t, int width) {
    int c = next_char(s), digits = 0, hex = 0, prefix = 0;
    if ((c == '+' || c == '-') && t->n < width) {
        text_add(t, c);
        c = next_char(s);
    }
    if (((c | 32) == 'i' || (c | 32) == 'n') && t->n < width)
        return scan_word(s, t, width, c);
    if (c == '0' && t->n < width) {
        text_add(t, c);
        digits = 1;
        c = next_char(s);
        if ((c | 32) == 'x' && t->n + 1 < width) {
            text_add(t, c);
            c = next_char(s);
            hex = 1;
            digits = 0;
            prefix = t->n;
        }
    }
    for (int point = 0; c != EOF && t->n < width; c = next_char(s)) {
        if (c == '.' && !point) {
            point = 1;
        } else if (isdigit(c) || (hex && isxdigit(c))) {
            digits = 1;
        } else if (digits && ((!hex && (c | 32) == 'e') || (hex && (c | 32) == 'p'))) {
            text_add(t, c);
            c = next_char(s);
            if ((c == '+' || c == '-') && t->n < width) {
                text_add(t, c);
                c = next_char(s);
            }
            while (c != EOF && isdigit(c) && t->n < width) {
                text_add(t, c);
                c = next_char(s);
            }
            break;
        } else {
            break;
        }
        text_add(t, c);
    }
    push_back(s, c);
    return digits || (hex && t->n > prefix) ? t->n : 0;
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

/* An integer conversion (d i u o x X p) into out (none: suppressed); 0 when it
 * does not match. */
static int convert_integer(struct source *s, char conv, int len, int width, void *out) {
    int base = conv == 'd' || conv == 'u' ? 10 : conv == 'o' ? 8 : conv == 'i' ? 0 : 16;
    struct text t;
    text_init(&t);
    int ok = scan_integer(s, &t, width, base) != 0;
    if (ok && out) {
        unsigned long long v = conv == 'd' || conv == 'i'
                                   ? (unsigned long long)strtoll(t.p, 0, base)
                                   : strtoull(t.p, 0, base);
        if (conv == 'p')
            *(void **)out = (void *)(uintptr_t)v;
        else
            store_int(out, len, v);
    }
    text_free(&t);
    return ok;
}

/* A floating conversion into out, each width rounded once, from the text. */
static int convert_float(struct source *s, int len, int width, void *out) {
    struct text t;
    text_init(&t);
    int ok = scan_float(s, &t, width) != 0;
    if (ok && out) {
        if (len == L_L)
            *(double *)out = strtod(t.p, 0);
        else if (len == L_BIG_L)
            *(long double *)out = strtold(t.p, 0);
        else
            *(float *)out = strtof(t.p, 0);
    }
    text_free(&t);
    return ok;
}

/* %s %c %[: the characters themselves (%c: width of them, or as glibc does, fewer
 * when the input ends after at least one). */
static int convert_chars(struct source *s, char conv, const unsigned char set[256], int width,
                         char *out) {
    int n = 0, c = 0;
    for (; n < width && (c = next_char(s)) != EOF; n++) {
        if ((conv == 's' && isspace(c)) || (conv == '[' && !set[c]))
            break;
        if (out)
            out[n] = (char)c;
    }
    if (n < width && c != EOF && conv != 'c')
        push_back(s, c);
    if (n == 0)
        return 0;
    if (out && conv != 'c')
        out[n] = 0;
    return 1;
}

/* Whether the input has ended (an input failure when a directive needs a character). */
static int at_end(struct source *s) {
    int c = next_char(s);
    push_back(s, c);
    return c == EOF;
}

static int vscan(struct source *s, const char *f, va_list ap) {
    int assigned = 0, input_failure = 0;
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
                input_failure = c == EOF;
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
        if (conv == 0 || !strchr("diuoxXpfeEgGaAFsc[n", conv))
            break; /* not a conversion */
        void *out = suppress ? 0 : va_arg(ap, void *);
        if (conv == 'n') {
            if (out)
                store_int(out, len, (unsigned long long)s->count);
            continue;
        }
        if (conv != 'c' && conv != '[')
            skip_space(s);
        if (at_end(s)) {
            input_failure = 1;
            break;
        }
        if (width == 0)
            width = conv == 'c' ? 1 : 0x7fffffff;
        int ok;
        if (strchr("diuoxXp", conv)) {
            ok = convert_integer(s, conv, len, width, out);
        } else if (strchr("feEgGaAF", conv)) {
            ok = convert_float(s, len, width, out);
        } else {
            unsigned char set[256];
            if (conv == '[')
                f = scan_set(f + 1, set) - 1;
            ok = convert_chars(s, conv, set, width, out);
        }
        if (!ok)
            break;
        assigned += !suppress;
    }
    return input_failure && assigned == 0 ? EOF : assigned;
}

int vsscanf(const char *restrict str, const char *restrict fmt, va_list ap) {
    struct source s = {0, str, 0};
    return vscan(&s, fmt, ap);
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap) {
    struct source s = {f, 0, 0};
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

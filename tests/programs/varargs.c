/* Variadic functions via <stdarg.h>: a small printf written for this
 * project (%d %i %u %x %X %lx %ld %llu %c %s %p %% with width and zero
 * padding), doubles through varargs (passed in integer registers on
 * RISC-V), va_copy, and a variadic sum over mixed argument counts. */
#include "rt.h"
#include <stdarg.h>

static void pad(int width, int len, char c) { while (width-- > len) put_char(c); }

static NOINLINE int mini_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int count = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { put_char(*p); count++; continue; }
        p++;
        char padc = ' ';
        int width = 0, lng = 0;
        if (*p == '0') { padc = '0'; p++; }
        while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        while (*p == 'l') { lng++; p++; }
        char buf[32];
        int n = 0;
        switch (*p) {
        case 'd': case 'i': {
            int64_t v = lng ? va_arg(ap, int64_t) : va_arg(ap, int);
            uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
            do { buf[n++] = (char)('0' + u % 10); u /= 10; } while (u);
            if (v < 0) buf[n++] = '-';
            break;
        }
        case 'u': case 'x': case 'X': case 'p': {
            uint64_t u = *p == 'p' ? (uint64_t)va_arg(ap, void *) : lng ? va_arg(ap, uint64_t) : va_arg(ap, unsigned);
            unsigned base = *p == 'u' ? 10 : 16;
            const char *dig = *p == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            do { buf[n++] = dig[u % base]; u /= base; } while (u);
            if (*p == 'p') { buf[n++] = 'x'; buf[n++] = '0'; }
            break;
        }
        case 'c': buf[n++] = (char)va_arg(ap, int); break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            int len = 0;
            while (s[len]) len++;
            pad(width, len, ' ');
            put_str(s);
            count += len > width ? len : width;
            continue;
        }
        case 'f': {  /* the double's bits and a 3-digit decimal */
            double d = va_arg(ap, double);
            put_f64bits(d);
            put_char('=');
            put_f64dec(d, 3);
            count += 17;
            continue;
        }
        case '%': buf[n++] = '%'; break;
        default: buf[n++] = '?'; break;
        }
        pad(width, n, padc);
        count += n > width ? n : width;
        while (n) put_char(buf[--n]);
    }
    va_end(ap);
    return count;
}

static NOINLINE int64_t vsum(int n, ...)
{
    va_list ap, ap2;
    va_start(ap, n);
    va_copy(ap2, ap);
    int64_t s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int64_t);
    for (int i = 0; i < n; i++) s += va_arg(ap2, int64_t) * 1000;  /* re-walk via the copy */
    va_end(ap2);
    va_end(ap);
    return s;
}

static NOINLINE double vavg(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return s / n;
}

int main(void)
{
    int c = 0;
    c += mini_printf("int %d %i %d|\n", 42, -17, -2147483647 - 1);
    c += mini_printf("unsigned %u %x %X %08x|\n", 4294967295u, 0xdeadbeefu, 0xcafeu, 0x1234u);
    c += mini_printf("long %ld %lu %lx %llu|\n", (long)-9223372036854775807L - 1, 18446744073709551615UL,
                     0x123456789abcdefUL, 1234567890123ULL);
    c += mini_printf("chars [%c%c%c] [%5s] [%s] %%|\n", 'a', 'b', 'c', "hi", "groundup");
    c += mini_printf("widths [%6d] [%06d] [%2d] [%10lx]|\n", 42, -42, 12345, 0xabcUL);
    c += mini_printf("double %f %f|\n", 3.25, -0.1);
    c += mini_printf("many %d %d %d %d %d %d %d %d %d %d %d|\n", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    c += mini_printf("mixed %d %f %ld %f %c|\n", 1, 2.5, (long)3, 4.75, 'z');
    pr_i64("chars", c);
    pr_i64("vsum0", vsum(0));
    pr_i64("vsum3", vsum(3, (int64_t)1, (int64_t)-2, (int64_t)3));
    pr_i64("vsum9", vsum(9, (int64_t)1, (int64_t)2, (int64_t)3, (int64_t)4, (int64_t)5, (int64_t)6,
                         (int64_t)7, (int64_t)8, (int64_t)9));
    double avg = vavg(5, 1.0, 2.0, 3.5, -4.0, 10.25);
    put_str("vavg "); put_f64bits(avg); put_nl();
    ck((uint64_t)c);
    return rt_status();
}

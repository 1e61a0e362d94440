/* A variadic logging function over vfprintf/vsnprintf, with doubles in integer registers. */
#include <stdarg.h>
#include <stdio.h>

static int logf_(FILE *f, const char *level, const char *fmt, ...) {
    char buf[256];
    va_list ap, copy;
    va_start(ap, fmt);
    va_copy(copy, ap);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    fprintf(f, "[%s] %s (%d chars)\n", level, buf, n);
    vfprintf(f, fmt, copy);
    fputc('\n', f);
    va_end(copy);
    va_end(ap);
    return n;
}

static double average(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    va_end(ap);
    return n ? s / n : 0;
}

int main(void) {
    logf_(stdout, "info", "%d + %d = %d", 2, 3, 5);
    logf_(stdout, "data", "%s|%c|%5.2f|%lx|%lld", "text", 'q', 3.14159, 0xabcdefUL, -1LL);
    logf_(stderr, "warn", "disk %d%% full", 93);
    printf("average %.6f %.6f\n", average(4, 1.0, 2.5, 3.25, -1.0), average(0));
    long total = 0;
    for (int i = 0; i < 20; i++) total += logf_(stdout, "loop", "i=%02d sq=%4d", i, i * i);
    printf("total %ld\n", total);
    return 0;
}

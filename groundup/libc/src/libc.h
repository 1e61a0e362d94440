/* Internal declarations shared by groundup's libc sources (not installed). */
#ifndef _GU_LIBC_H
#define _GU_LIBC_H
#include <stddef.h>

/* start.c: what the start-up code learned from the initial stack. */
extern char **environ;
extern unsigned long __auxv_pagesz;

/* exit.c calls these when the pieces that define them are linked in (weak). */
void __stdio_exit(void) __attribute__((weak));

/* A lock word for the allocator and stdio: an atomic spin lock that yields. */
void __lock(volatile int *l);
void __unlock(volatile int *l);

/* printf's core (printf.c), writing through a sink. */
struct __sink {
    int (*put)(struct __sink *s, const char *p, size_t n);
    void *target;
    char *buf;
    size_t cap, len;
};
int __vformat(struct __sink *s, const char *fmt, __builtin_va_list ap);

/* Exact decimal digits of a binary floating-point number (fmtfloat.c). */
int __decimal_digits(unsigned long hi, unsigned long lo, int e2, char *out, int *exp10);

__attribute__((noreturn)) void __libc_fatal(const char *message);
#endif

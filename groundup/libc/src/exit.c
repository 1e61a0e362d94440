/* Leaving the program: exit runs the atexit handlers (last registered first), the
 * destructors (.fini_array, last first), flushes stdio, then ends the whole process
 * with exit_group. _Exit skips all of it; abort raises SIGABRT. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "libc.h"
#include "syscall.h"

extern char *__progname;

#define ATEXIT_MAX 64

static void (*handlers[ATEXIT_MAX])(void);
static int handler_count;
static void (*quick_handlers[ATEXIT_MAX])(void);
static int quick_count;

typedef void (*dtor_fn)(void);
extern dtor_fn __fini_array_start[] __attribute__((weak));
extern dtor_fn __fini_array_end[] __attribute__((weak));

int atexit(void (*fn)(void)) {
    if (handler_count == ATEXIT_MAX)
        return -1;
    handlers[handler_count++] = fn;
    return 0;
}

int at_quick_exit(void (*fn)(void)) {
    if (quick_count == ATEXIT_MAX)
        return -1;
    quick_handlers[quick_count++] = fn;
    return 0;
}

/* glibc's name for what C++'s static destructors register. */
int __cxa_atexit(void (*fn)(void *), void *arg, void *dso) {
    (void)dso;
    (void)arg;
    return atexit((void (*)(void))fn);
}

__attribute__((noreturn)) void _Exit(int status) {
    for (;;)
        __syscall1(SYS_exit_group, status);
}

__attribute__((noreturn)) void _exit(int status) { _Exit(status); }

__attribute__((noreturn)) void exit(int status) {
    while (handler_count > 0)
        handlers[--handler_count]();
    if (__fini_array_start)
        for (dtor_fn *f = __fini_array_end; f > __fini_array_start;)
            (*--f)();
    if (__stdio_exit)
        __stdio_exit();
    _Exit(status);
}

__attribute__((noreturn)) void quick_exit(int status) {
    while (quick_count > 0)
        quick_handlers[--quick_count]();
    _Exit(status);
}

__attribute__((noreturn)) void abort(void) {
    raise(SIGABRT);
    /* A handler returned or SIGABRT is ignored: restore the default and try again. */
    signal(SIGABRT, SIG_DFL);
    raise(SIGABRT);
    _Exit(127);
}

__attribute__((noreturn)) void __libc_fatal(const char *message) {
    const char *p = message;
    while (*p)
        p++;
    __syscall3(SYS_write, 2, (long)message, p - message);
    __syscall3(SYS_write, 2, (long)"\n", 1);
    abort();
}

__attribute__((noreturn)) void __assert_fail(const char *expr, const char *file, unsigned line,
                                             const char *func) {
    fflush(stdout);
    fprintf(stderr, "%s: %s:%u: %s: Assertion `%s' failed.\n",
            __progname, file, line, func, expr);
    abort();
}

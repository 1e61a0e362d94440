#define _GNU_SOURCE /* environ, in glibc's unistd.h */
/* Start-up and exit: argc/argv/envp, constructors and destructors, atexit order, errno
 * per thread (TLS), setjmp/longjmp, the exit status, stdout flushed at exit. */
#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int initialized;
static _Thread_local int tls_counter = 5;
static _Thread_local char tls_zero[100];

__attribute__((constructor)) static void early(void) { initialized = 42; }
__attribute__((destructor)) static void late(void) { printf("destructor\n"); }

static void first(void) { printf("atexit first (runs last)\n"); }
static void second(void) { printf("atexit second (runs first)\n"); }

static jmp_buf env;

static void jump(int depth) {
    if (depth == 0)
        longjmp(env, 7);
    jump(depth - 1);
}

int main(int argc, char **argv, char **envp) {
    printf("argc %d\n", argc);
    for (int i = 1; i < argc; i++)
        printf("argv[%d] %s\n", i, argv[i]);
    printf("argv[argc] %p\n", (void *)argv[argc]);
    int n = 0;
    while (envp[n])
        n++;
    printf("environ matches %d\n", environ == envp);
    printf("constructor ran %d\n", initialized);
    printf("tls %d %d\n", tls_counter, tls_zero[99]);
    tls_counter++;
    printf("tls after %d\n", tls_counter);
    errno = 0;
    printf("close(-1) %d errno %d\n", close(-1), errno);
    errno = 0;
    printf("write(badfd) %zd errno %d\n", write(99, "x", 1), errno);
    volatile int steps = 0;
    int r = setjmp(env);
    steps++;
    if (r == 0)
        jump(10);
    printf("setjmp %d steps %d\n", r, steps);
    atexit(first);
    atexit(second);
    printf("pid positive %d\n", getpid() > 0);
    printf("no newline at the end, flushed by exit");
    exit(3);
}

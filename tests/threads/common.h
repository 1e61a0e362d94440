/* Helpers shared by the programs in tests/threads: checks that say what failed, errno
 * and signal names, wait-status words, and the path a program re-executes itself by.
 *
 * Every program prints only what holds for any interleaving of its threads and
 * processes: results after joins, sorted collections, booleans and counts - never
 * thread ids, process ids, addresses or times.
 */
#ifndef TESTS_THREADS_COMMON_H
#define TESTS_THREADS_COMMON_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* A failed check names the line and the expression and exits with 100, so a wrong
 * answer never looks like a right one (and the status tells qemu from groundup). */
#define CHECK(e)                                                                \
    do {                                                                        \
        if (!(e)) check_failed(__LINE__, #e);                                   \
    } while (0)

static inline void check_failed(int line, const char *what) {
    int saved = errno;
    fflush(stdout);
    fprintf(stderr, "line %d: check failed: %s (errno %s)\n", line, what,
            saved ? strerrorname_np(saved) : "0");
    exit(100);
}

/* "0" for success, else the errno's name: pthread functions return the error. */
static inline const char *errname(int e) {
    if (e == 0) return "0";
    const char *name = strerrorname_np(e);
    return name ? name : "E?";
}

/* What a system call wrapper's result means: "ok" or errno's name. */
static inline const char *sysres(long r) { return r == -1 ? errname(errno) : "ok"; }

/* A wait status as words: "exited 3", "killed by SIGKILL", "stopped by SIGSTOP". */
static inline const char *describe(int status) {
    static char words[64];
    if (WIFEXITED(status))
        snprintf(words, sizeof words, "exited %d", WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        snprintf(words, sizeof words, "killed by SIG%s", sigabbrev_np(WTERMSIG(status)));
    else if (WIFSTOPPED(status))
        snprintf(words, sizeof words, "stopped by SIG%s", sigabbrev_np(WSTOPSIG(status)));
    else
        snprintf(words, sizeof words, "status %#x", status);
    return words;
}

/* The path by which a program executes itself again. Linux runs /proc/self/exe; the
 * oracle's qemu-riscv64 cannot (the host has no binfmt_misc entry for RISC-V), so
 * the tests give it SELF_EXE, a script that starts the same program under qemu. */
static inline const char *self_exe(void) {
    const char *s = getenv("SELF_EXE");
    return s ? s : "/proc/self/exe";
}

/* Wait for one child and return its status (a failure is a check failure). */
static inline int reap(pid_t pid) {
    int status;
    pid_t got;
    do got = waitpid(pid, &status, 0);
    while (got == -1 && errno == EINTR);
    CHECK(got == pid);
    return status;
}

/* Integer comparison for qsort. */
static inline int cmp_long(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

#endif

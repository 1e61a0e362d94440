/* signal.h, time.h (calendar arithmetic), assert.h, inttypes.h, limits.h, stdint.h,
 * setjmp.h from a signal handler's point of view. */
#include <assert.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static volatile sig_atomic_t caught;

static void handler(int sig) { caught = sig; }

int main(void) {
    printf("signal old %d\n", signal(SIGUSR1, handler) == SIG_DFL);
    printf("raise %d caught %d\n", raise(SIGUSR1), (int)caught);
    struct sigaction act, old;
    memset(&act, 0, sizeof act);
    act.sa_handler = SIG_IGN;
    sigemptyset(&act.sa_mask);
    printf("sigaction %d\n", sigaction(SIGUSR2, &act, &old));
    printf("ignored raise %d\n", raise(SIGUSR2));
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    printf("sigismember %d %d\n", sigismember(&set, SIGINT), sigismember(&set, SIGTERM));
    printf("strsignal %s\n", strsignal(SIGSEGV));

    const time_t times[] = {0, 951782400, 1234567890, -1, 4102444800, 68169600, 946684799};
    for (size_t i = 0; i < sizeof times / sizeof *times; i++) {
        struct tm tm;
        gmtime_r(&times[i], &tm);
        printf("%ld: %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d\n", (long)times[i],
               tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
               tm.tm_sec, tm.tm_wday, tm.tm_yday);
        printf("  timegm back %d\n", timegm(&tm) == times[i]);
    }
    printf("time positive %d\n", time(0) > 0);
    struct timespec ts;
    printf("clock_gettime %d\n", clock_gettime(CLOCK_MONOTONIC, &ts));
    assert(1 + 1 == 2);
    printf("PRId64 %" PRId64 " PRIx32 %" PRIx32 " PRIuMAX %" PRIuMAX "\n", INT64_MIN,
           UINT32_MAX, UINTMAX_MAX);
    printf("limits %d %d %ld %lu %d %d\n", INT_MAX, INT_MIN, LONG_MIN, ULONG_MAX, CHAR_MAX,
           SCHAR_MIN);
    printf("stdint %d %lld %zu\n", INT16_MIN, (long long)INTPTR_MAX, SIZE_MAX);
    printf("sizes %zu %zu %zu\n", sizeof(intmax_t), sizeof(sig_atomic_t), sizeof(time_t));
    return 0;
}

/* Clocks: properties that hold on any machine, virtual or real (values differ, so not shown). */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

static long long ns(struct timespec t) { return t.tv_sec * 1000000000LL + t.tv_nsec; }

int main(void) {
    time_t t = time(NULL);
    printf("time after 2000-01-01: %d\n", t >= 946684800);
    struct timeval tv;
    printf("gettimeofday: %d usec ok: %d\n", gettimeofday(&tv, NULL), tv.tv_usec < 1000000);
    printf("time and gettimeofday agree: %d\n", tv.tv_sec - t <= 1 && tv.tv_sec >= t);
    clockid_t ids[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
                       CLOCK_THREAD_CPUTIME_ID, CLOCK_MONOTONIC_RAW, CLOCK_REALTIME_COARSE,
                       CLOCK_MONOTONIC_COARSE, CLOCK_BOOTTIME};
    for (int i = 0; i < 8; i++) {
        struct timespec a, b, res;
        int r1 = clock_gettime(ids[i], &a);
        volatile long spin = 0;
        for (int k = 0; k < 2000; k++) spin += k;
        int r2 = clock_gettime(ids[i], &b);
        int r3 = clock_getres(ids[i], &res);
        printf("clock %d: %d %d %d nondecreasing=%d nsec<1e9=%d res>0=%d\n", ids[i], r1, r2, r3,
               ns(b) >= ns(a), a.tv_nsec < 1000000000L, ns(res) > 0);
    }
    struct timespec bad;
    printf("bad clock: %d\n", clock_gettime(12345, &bad));
    struct timespec before, after, nap = {0, 20 * 1000 * 1000};
    clock_gettime(CLOCK_MONOTONIC, &before);
    printf("nanosleep: %d\n", nanosleep(&nap, NULL));
    clock_gettime(CLOCK_MONOTONIC, &after);
    printf("slept at least 20 ms: %d\n", ns(after) - ns(before) >= 20000000LL);
    struct timespec invalid = {0, 2000000000L};
    printf("nanosleep invalid: %d\n", nanosleep(&invalid, NULL));
    clock_t c = clock();
    printf("clock() >= 0: %d\n", c >= 0);
    struct tm tm;
    gmtime_r(&t, &tm);
    printf("year >= 2000: %d\n", tm.tm_year + 1900 >= 2000);
    return 0;
}

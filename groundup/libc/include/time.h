/* time.h: C17 7.27 and POSIX clocks. */
#ifndef _TIME_H
#define _TIME_H
#include <_gu_cdefs.h>
typedef __SIZE_TYPE__ size_t;
typedef long time_t;
typedef long clock_t;
typedef int clockid_t;
#ifndef NULL
#define NULL ((void *)0)
#endif
#define CLOCKS_PER_SEC 1000000L
#define TIME_UTC 1
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#ifndef _GU_TIMESPEC
#define _GU_TIMESPEC
struct timespec { time_t tv_sec; long tv_nsec; };
#endif
struct tm {
    int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
    long tm_gmtoff;
    const char *tm_zone;
};
__BEGIN_DECLS
time_t time(time_t *t);
clock_t clock(void);
double difftime(time_t a, time_t b);
int clock_gettime(clockid_t clock, struct timespec *ts);
int clock_getres(clockid_t clock, struct timespec *ts);
int nanosleep(const struct timespec *req, struct timespec *rem);
int timespec_get(struct timespec *ts, int base);
struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *__gu_restrict t, struct tm *__gu_restrict out);
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *__gu_restrict t, struct tm *__gu_restrict out);
time_t mktime(struct tm *tm);
char *asctime(const struct tm *tm);
char *asctime_r(const struct tm *__gu_restrict tm, char *__gu_restrict buf);
char *ctime(const time_t *t);
char *ctime_r(const time_t *t, char *buf);
size_t strftime(char *__gu_restrict s, size_t max, const char *__gu_restrict fmt,
                const struct tm *__gu_restrict tm);
time_t timegm(struct tm *tm);
__END_DECLS
#endif

/* sys/time.h: gettimeofday and interval timers. */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H
#include <_gu_cdefs.h>
#include <sys/types.h>
struct timeval { time_t tv_sec; suseconds_t tv_usec; };
struct timezone { int tz_minuteswest, tz_dsttime; };
struct itimerval { struct timeval it_interval, it_value; };
#define ITIMER_REAL 0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF 2
__BEGIN_DECLS
int gettimeofday(struct timeval *__gu_restrict tv, void *__gu_restrict tz);
int setitimer(int which, const struct itimerval *__gu_restrict value,
              struct itimerval *__gu_restrict old);
int getitimer(int which, struct itimerval *value);
__END_DECLS
#endif

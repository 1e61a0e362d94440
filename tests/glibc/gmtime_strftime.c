/* Calendar arithmetic in UTC: gmtime_r, timegm, strftime on fixed timestamps. */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>

int main(void) {
    time_t stamps[] = {0, 86399, 951782400, 946684799, 1234567890, 2147483647, 4102444800LL,
                       -86400, 1700000000};
    char buf[128];
    for (int i = 0; i < 9; i++) {
        struct tm tm;
        gmtime_r(&stamps[i], &tm);
        strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %a %b %j %U %u %y %e|%C|%G-W%V", &tm);
        time_t back = timegm(&tm);
        printf("%lld -> %s wday=%d yday=%d back=%d\n", (long long)stamps[i], buf, tm.tm_wday,
               tm.tm_yday, back == stamps[i]);
    }
    struct tm t = {.tm_year = 124, .tm_mon = 1, .tm_mday = 29, .tm_hour = 12};
    t.tm_mday += 1;
    time_t norm = timegm(&t);
    printf("normalized: %04d-%02d-%02d (%lld)\n", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday,
           (long long)norm);
    struct tm *g = gmtime(&norm);
    printf("asctime: %s", asctime(g));
    double d = difftime(1000, 250);
    printf("difftime %.1f\n", d);
    return 0;
}

#include <stdio.h>
#include <time.h>

int main(void) {
  time_t t = 1700000000; /* 2023-11-14 22:13:20 UTC */
  struct tm *tm = gmtime(&t);
  printf("%d-%02d-%02d %02d:%02d:%02d wday %d yday %d\n", tm->tm_year + 1900, tm->tm_mon + 1,
         tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday);
  char buf[64];
  strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ %A %B %j", tm);
  puts(buf);
  t = 0;
  strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", gmtime(&t));
  puts(buf);
  t = 951782400; /* 2000-02-29 */
  tm = gmtime(&t);
  printf("%d/%d/%d\n", tm->tm_mday, tm->tm_mon + 1, tm->tm_year + 1900);
  printf("%g\n", difftime((time_t)1000, (time_t)250));
  struct tm fixed = {.tm_year = 99, .tm_mon = 11, .tm_mday = 31, .tm_hour = 23, .tm_min = 59,
                     .tm_sec = 59};
  strftime(buf, sizeof buf, "%y %C %D %T %%", &fixed);
  puts(buf);
  puts(asctime(&fixed));
  return 0;
}

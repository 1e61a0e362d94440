/* strftime (C17 7.27.3.5) in the "C" locale; time zone: UTC. */
#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
                                   "Friday", "Saturday"};
static const char *const months[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};

struct out {
    char *p;
    size_t left;
    int full;
};

static void put(struct out *o, const char *s, size_t n) {
    if (n >= o->left) {
        o->full = 1;
        return;
    }
    memcpy(o->p, s, n);
    o->p += n;
    o->left -= n;
}

static void put_str(struct out *o, const char *s) { put(o, s, strlen(s)); }

static void put_num(struct out *o, long v, int width, char pad) {
    char buf[24];
    int n = snprintf(buf, sizeof buf, pad == '0' ? "%0*ld" : "%*ld", width, v);
    put(o, buf, (size_t)n);
}

static int is_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* ISO 8601 week number and its year (%V, %G). */
static int iso_week(const struct tm *tm, long *year) {
    long y = tm->tm_year + 1900L;
    int wday = (tm->tm_wday + 6) % 7; /* Monday = 0 */
    int week = (tm->tm_yday - wday + 10) / 7;
    if (week < 1) {
        y--;
        int prev_days = is_leap(y) ? 366 : 365;
        week = (tm->tm_yday + prev_days - wday + 10) / 7;
    } else if (week == 53) {
        int days_in_year = is_leap(y) ? 366 : 365;
        if (tm->tm_yday - wday + 3 >= days_in_year) {
            week = 1;
            y++;
        }
    }
    *year = y;
    return week;
}

static void convert(struct out *o, char c, const struct tm *tm);

static void sub(struct out *o, const char *fmt, const struct tm *tm) {
    for (; *fmt; fmt++)
        if (*fmt == '%' && fmt[1])
            convert(o, *++fmt, tm);
        else
            put(o, fmt, 1);
}

static void convert(struct out *o, char c, const struct tm *tm) {
    long year;
    switch (c) {
    case 'a': put(o, days[tm->tm_wday % 7], 3); break;
    case 'A': put_str(o, days[tm->tm_wday % 7]); break;
    case 'b': case 'h': put(o, months[tm->tm_mon % 12], 3); break;
    case 'B': put_str(o, months[tm->tm_mon % 12]); break;
    case 'c': sub(o, "%a %b %e %H:%M:%S %Y", tm); break;
    case 'C': put_num(o, (tm->tm_year + 1900L) / 100, 2, '0'); break;
    case 'd': put_num(o, tm->tm_mday, 2, '0'); break;
    case 'D': sub(o, "%m/%d/%y", tm); break;
    case 'e': put_num(o, tm->tm_mday, 2, ' '); break;
    case 'F': sub(o, "%Y-%m-%d", tm); break;
    case 'g': iso_week(tm, &year); put_num(o, year % 100, 2, '0'); break;
    case 'G': iso_week(tm, &year); put_num(o, year, 1, '0'); break;
    case 'H': put_num(o, tm->tm_hour, 2, '0'); break;
    case 'I': put_num(o, tm->tm_hour % 12 ? tm->tm_hour % 12 : 12, 2, '0'); break;
    case 'j': put_num(o, tm->tm_yday + 1, 3, '0'); break;
    case 'm': put_num(o, tm->tm_mon + 1, 2, '0'); break;
    case 'M': put_num(o, tm->tm_min, 2, '0'); break;
    case 'n': put(o, "\n", 1); break;
    case 'p': put_str(o, tm->tm_hour < 12 ? "AM" : "PM"); break;
    case 'r': sub(o, "%I:%M:%S %p", tm); break;
    case 'R': sub(o, "%H:%M", tm); break;
    case 'S': put_num(o, tm->tm_sec, 2, '0'); break;
    case 't': put(o, "\t", 1); break;
    case 'T': sub(o, "%H:%M:%S", tm); break;
    case 'u': put_num(o, tm->tm_wday ? tm->tm_wday : 7, 1, '0'); break;
    case 'U': put_num(o, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, '0'); break;
    case 'V': put_num(o, iso_week(tm, &year), 2, '0'); break;
    case 'w': put_num(o, tm->tm_wday, 1, '0'); break;
    case 'W': put_num(o, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, '0'); break;
    case 'x': sub(o, "%m/%d/%y", tm); break;
    case 'X': sub(o, "%H:%M:%S", tm); break;
    case 'y': put_num(o, (tm->tm_year + 1900L) % 100, 2, '0'); break;
    case 'Y': put_num(o, tm->tm_year + 1900L, 1, '0'); break;
    case 'z': put_str(o, "+0000"); break;
    case 'Z': put_str(o, tm->tm_zone ? tm->tm_zone : "GMT"); break;
    case '%': put(o, "%", 1); break;
    default: {
        char s[2] = {'%', c};
        put(o, s, 2);
    }
    }
}

size_t strftime(char *restrict s, size_t max, const char *restrict fmt,
                const struct tm *restrict tm) {
    struct out o = {s, max, 0};
    sub(&o, fmt, tm);
    if (o.full || max == 0)
        return 0;
    *o.p = 0;
    return max - o.left;
}

/* asctime: "Sun Sep 16 01:03:52 1973\n" (C17 7.27.3.1). */
char *asctime_r(const struct tm *restrict tm, char *restrict buf) {
    snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", days[tm->tm_wday % 7],
             months[tm->tm_mon % 12], tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
             1900 + tm->tm_year);
    return buf;
}

char *asctime(const struct tm *tm) {
    static char buf[64];
    return asctime_r(tm, buf);
}

char *ctime_r(const time_t *t, char *buf) {
    struct tm tm;
    return asctime_r(localtime_r(t, &tm), buf);
}

char *ctime(const time_t *t) { return asctime(localtime(t)); }

/* Timers that raise signals: setitimer(ITIMER_REAL) of 20 ms and pause() until the
 * SIGALRM handler runs; alarm() returning the seconds left of an earlier alarm;
 * an interval timer firing several times.
 *
 * needs: signals
 */
#include "common.h"

#include <sys/time.h>

static volatile sig_atomic_t alarms;

static void on_alarm(int sig) {
    (void)sig;
    alarms++;
}

int main(void) {
    signal(SIGALRM, on_alarm);
    struct itimerval once = {{0, 0}, {0, 20000}};
    CHECK(setitimer(ITIMER_REAL, &once, NULL) == 0);
    int r = pause();
    printf("pause: %d %s, alarms %d\n", r, errname(errno), alarms);

    printf("alarm(10) with none pending: %u\n", alarm(10));
    printf("alarm(0) cancels, 10 left: %u\n", alarm(0));
    struct itimerval cur;
    CHECK(getitimer(ITIMER_REAL, &cur) == 0);
    printf("no timer now: %d\n", cur.it_value.tv_sec == 0 && cur.it_value.tv_usec == 0);

    alarms = 0;
    struct itimerval every = {{0, 5000}, {0, 5000}};
    CHECK(setitimer(ITIMER_REAL, &every, NULL) == 0);
    while (alarms < 3) pause();
    struct itimerval off = {{0, 0}, {0, 0}};
    CHECK(setitimer(ITIMER_REAL, &off, NULL) == 0);
    printf("interval timer fired at least 3 times: %d\n", alarms >= 3);
    return 0;
}

/* pthread_cond_timedwait: a short timeout that expires (and takes at least that long
 * on the clock it names), a deadline already past, a bad timespec, CLOCK_MONOTONIC
 * through a condattr and pthread_cond_clockwait, and a wait that pthread_cond_signal ends first.
 *
 * needs: threads
 */
#include "common.h"

#include <time.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int flag;

static struct timespec after(clockid_t clock, long ns) {
    struct timespec t;
    clock_gettime(clock, &t);
    t.tv_sec += ns / 1000000000;
    t.tv_nsec += ns % 1000000000;
    if (t.tv_nsec >= 1000000000) t.tv_sec++, t.tv_nsec -= 1000000000;
    return t;
}

static long elapsed_ns(clockid_t clock, struct timespec since) {
    struct timespec now;
    clock_gettime(clock, &now);
    return (now.tv_sec - since.tv_sec) * 1000000000L + now.tv_nsec - since.tv_nsec;
}

static void timed(const char *what, pthread_cond_t *c, clockid_t clock, long ns) {
    struct timespec start, deadline = after(clock, ns);
    clock_gettime(clock, &start);
    pthread_mutex_lock(&lock);
    int r = pthread_cond_timedwait(c, &lock, &deadline);
    pthread_mutex_unlock(&lock);
    printf("%s: %s, waited long enough: %d\n", what, errname(r), elapsed_ns(clock, start) >= ns);
}

static void *setter(void *arg) {
    (void)arg;
    pthread_mutex_lock(&lock);
    flag = 1;
    pthread_cond_signal(&cond);
    pthread_mutex_unlock(&lock);
    return NULL;
}

int main(void) {
    timed("realtime 20 ms", &cond, CLOCK_REALTIME, 20000000);

    pthread_condattr_t attr;
    pthread_cond_t mono;
    clockid_t clock;
    pthread_condattr_init(&attr);
    CHECK(pthread_condattr_setclock(&attr, CLOCK_MONOTONIC) == 0);
    pthread_condattr_getclock(&attr, &clock);
    printf("condattr clock is monotonic: %d\n", clock == CLOCK_MONOTONIC);
    CHECK(pthread_cond_init(&mono, &attr) == 0);
    timed("monotonic 15 ms", &mono, CLOCK_MONOTONIC, 15000000);

    struct timespec past = {0, 0};
    pthread_mutex_lock(&lock);
    printf("deadline in the past: %s\n", errname(pthread_cond_timedwait(&cond, &lock, &past)));
    struct timespec bad = after(CLOCK_REALTIME, 0);
    bad.tv_nsec = 2000000000;
    printf("tv_nsec out of range: %s\n", errname(pthread_cond_timedwait(&cond, &lock, &bad)));
    struct timespec soon = after(CLOCK_MONOTONIC, 5000000);
    printf("clockwait monotonic 5 ms: %s\n",
           errname(pthread_cond_clockwait(&cond, &lock, CLOCK_MONOTONIC, &soon)));

    pthread_t th;
    CHECK(pthread_create(&th, NULL, setter, NULL) == 0);
    struct timespec far = after(CLOCK_REALTIME, 30000000000L);
    int r = 0;
    while (!flag && r == 0) r = pthread_cond_timedwait(&cond, &lock, &far);
    printf("signalled before a 30 s deadline: %s, flag %d\n", errname(r), flag);
    pthread_mutex_unlock(&lock);
    CHECK(pthread_join(th, NULL) == 0);
    return 0;
}

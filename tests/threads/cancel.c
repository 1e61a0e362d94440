/* pthread_cancel: deferred cancellation at a condition wait (cleanup handlers run in
 * reverse order and release the mutex), in nanosleep, held off while disabled until
 * pthread_testcancel, and asynchronous cancellation of a thread spinning in user
 * code. glibc sends SIGCANCEL (a real-time signal) with tgkill to do it.
 *
 * needs: threads, signals
 */
#include "common.h"

#include <time.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static pthread_barrier_t disabled;
static char cleanup_log[16];
static volatile long spins;
static volatile int reached_testcancel;

static void note(void *what) {
    pthread_mutex_lock(&log_lock);
    strcat(cleanup_log, what);
    pthread_mutex_unlock(&log_lock);
}

static void unlock(void *m) {
    note("u");
    pthread_mutex_unlock(m);
}

static void *cond_waiter(void *arg) {
    pthread_cleanup_push(note, "1");
    pthread_cleanup_push(note, "2");
    pthread_mutex_lock(&lock);
    pthread_cleanup_push(unlock, &lock);
    for (;;) pthread_cond_wait(&never, &lock);
    pthread_cleanup_pop(1);
    pthread_cleanup_pop(1);
    pthread_cleanup_pop(1);
    return arg;
}

static void *sleeper(void *arg) {
    struct timespec long_time = {1000000, 0};
    nanosleep(&long_time, NULL);
    return arg;
}

static void *reluctant(void *arg) {
    int old;
    pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
    pthread_barrier_wait(&disabled);
    struct timespec short_time = {0, 1000000};
    nanosleep(&short_time, NULL); /* not a cancellation point while disabled */
    pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old);
    reached_testcancel = 1;
    pthread_testcancel();
    reached_testcancel = 2;
    return arg;
}

static void *spinner(void *arg) {
    int old;
    pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old);
    for (;;) spins++;
    return arg;
}

static const char *how_it_ended(pthread_t th) {
    void *ret;
    CHECK(pthread_join(th, &ret) == 0);
    return ret == PTHREAD_CANCELED ? "canceled" : "returned";
}

int main(void) {
    pthread_t th;
    CHECK(pthread_create(&th, NULL, cond_waiter, NULL) == 0);
    CHECK(pthread_cancel(th) == 0);
    printf("condition waiter: %s\n", how_it_ended(th));
    printf("cleanup handlers ran: %s\n", cleanup_log);
    printf("mutex released: %s\n", errname(pthread_mutex_trylock(&lock)));
    pthread_mutex_unlock(&lock);

    CHECK(pthread_create(&th, NULL, sleeper, NULL) == 0);
    CHECK(pthread_cancel(th) == 0);
    printf("sleeper: %s\n", how_it_ended(th));

    CHECK(pthread_barrier_init(&disabled, NULL, 2) == 0);
    CHECK(pthread_create(&th, NULL, reluctant, NULL) == 0);
    pthread_barrier_wait(&disabled);
    CHECK(pthread_cancel(th) == 0);
    printf("reluctant: %s", how_it_ended(th));
    printf(" at step %d\n", reached_testcancel);

    CHECK(pthread_create(&th, NULL, spinner, NULL) == 0);
    while (spins < 1000) sched_yield();
    CHECK(pthread_cancel(th) == 0);
    printf("asynchronous spinner: %s\n", how_it_ended(th));
    long after = spins;
    sched_yield();
    printf("it stopped spinning: %d\n", spins == after);
    return 0;
}

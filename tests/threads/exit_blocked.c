/* main returns while other threads are blocked - in a condition wait, in pthread_join,
 * in a long nanosleep, in sem_wait, spinning on sched_yield: the exit_group that
 * follows ends them all at once, and the status is main's.
 *
 * needs: threads
 */
#include "common.h"

#include <semaphore.h>
#include <stdatomic.h>
#include <time.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static pthread_barrier_t all_started;
static sem_t zero;
static pthread_t waiter_thread;
static atomic_int stop;

static void *cond_waiter(void *arg) {
    pthread_mutex_lock(&lock);
    pthread_barrier_wait(&all_started);
    for (;;) pthread_cond_wait(&never, &lock);
    return arg;
}

static void *joiner(void *arg) {
    pthread_barrier_wait(&all_started);
    pthread_join(waiter_thread, NULL);
    return arg;
}

static void *sleeper(void *arg) {
    pthread_barrier_wait(&all_started);
    struct timespec long_time = {1000000, 0};
    nanosleep(&long_time, NULL);
    return arg;
}

static void *sem_waiter(void *arg) {
    pthread_barrier_wait(&all_started);
    sem_wait(&zero);
    return arg;
}

static void *yielder(void *arg) {
    pthread_barrier_wait(&all_started);
    while (!atomic_load(&stop)) sched_yield();
    return arg;
}

int main(void) {
    void *(*kinds[])(void *) = {cond_waiter, joiner, sleeper, sem_waiter, yielder};
    enum { KINDS = sizeof kinds / sizeof kinds[0] };
    CHECK(sem_init(&zero, 0, 0) == 0);
    CHECK(pthread_barrier_init(&all_started, NULL, KINDS + 1) == 0);
    for (int i = 0; i < KINDS; i++) {
        pthread_t th;
        CHECK(pthread_create(&th, NULL, kinds[i], NULL) == 0);
        if (i == 0) waiter_thread = th;
    }
    pthread_barrier_wait(&all_started);
    printf("main returns 9 with %d threads blocked\n", KINDS);
    return 9;
}

/* Threads that spin forever do not stop the others: two threads loop on an atomic
 * that never changes while three workers hand work through a mutex and condition
 * variable and finish; main joins the workers and calls exit() with the spinners
 * still spinning. On one hart this needs preemption.
 *
 * needs: threads
 * suite: hostile
 */
#include "common.h"

#include <stdatomic.h>

enum { WORKERS = 3, ITEMS = 9 };

static atomic_int never;
static atomic_long spins;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t turn_changed = PTHREAD_COND_INITIALIZER;
static int turn, item;
static long produced[WORKERS];

static void *spin(void *arg) {
    while (!atomic_load_explicit(&never, memory_order_relaxed))
        atomic_fetch_add_explicit(&spins, 1, memory_order_relaxed);
    return arg;
}

/* The workers take turns in a ring, so each needs the others to make progress. */
static void *work(void *arg) {
    int me = (int)(long)arg;
    for (;;) {
        pthread_mutex_lock(&lock);
        while (turn != me && item < ITEMS) pthread_cond_wait(&turn_changed, &lock);
        if (item >= ITEMS) {
            pthread_mutex_unlock(&lock);
            return NULL;
        }
        produced[me] += item * item;
        item++;
        turn = (turn + 1) % WORKERS;
        pthread_cond_broadcast(&turn_changed);
        pthread_mutex_unlock(&lock);
    }
}

int main(void) {
    pthread_t spinners[2], workers[WORKERS];
    for (int i = 0; i < 2; i++) CHECK(pthread_create(&spinners[i], NULL, spin, NULL) == 0);
    for (long i = 0; i < WORKERS; i++)
        CHECK(pthread_create(&workers[i], NULL, work, (void *)i) == 0);
    for (int i = 0; i < WORKERS; i++) CHECK(pthread_join(workers[i], NULL) == 0);
    for (int i = 0; i < WORKERS; i++) printf("worker %d: %ld\n", i, produced[i]);
    while (atomic_load(&spins) == 0) sched_yield();
    printf("the spinners ran too: 1\n");
    exit(0);
}

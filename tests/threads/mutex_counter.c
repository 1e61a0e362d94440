/* A normal mutex guarding a counter from four threads; trylock and timedlock on a
 * mutex another thread holds; destroying a locked mutex.
 *
 * needs: threads
 */
#include "common.h"

#include <time.h>

enum { THREADS = 4, ROUNDS = 5000 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static long per_thread[THREADS];

static void *add(void *arg) {
    long id = (long)arg;
    for (int i = 0; i < ROUNDS; i++) {
        CHECK(pthread_mutex_lock(&lock) == 0);
        counter++;
        per_thread[id] += id + 1;
        CHECK(pthread_mutex_unlock(&lock) == 0);
    }
    return NULL;
}

static void *try_both(void *arg) {
    static int results[2];
    (void)arg;
    results[0] = pthread_mutex_trylock(&lock);
    struct timespec deadline;
    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_nsec += 5000000;
    if (deadline.tv_nsec >= 1000000000) deadline.tv_sec++, deadline.tv_nsec -= 1000000000;
    results[1] = pthread_mutex_timedlock(&lock, &deadline);
    return results;
}

int main(void) {
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, add, (void *)i) == 0);
    for (int i = 0; i < THREADS; i++) CHECK(pthread_join(t[i], NULL) == 0);
    printf("counter %ld (expected %d)\n", counter, THREADS * ROUNDS);
    for (int i = 0; i < THREADS; i++) printf("thread %d added %ld\n", i, per_thread[i]);

    CHECK(pthread_mutex_lock(&lock) == 0);
    void *ret;
    CHECK(pthread_create(&t[0], NULL, try_both, NULL) == 0);
    CHECK(pthread_join(t[0], &ret) == 0);
    int *results = ret;
    printf("trylock of a held mutex: %s\n", errname(results[0]));
    printf("timedlock of a held mutex: %s\n", errname(results[1]));
    printf("destroy while locked: %s\n", errname(pthread_mutex_destroy(&lock)));
    CHECK(pthread_mutex_unlock(&lock) == 0);
    printf("trylock when free: %s\n", errname(pthread_mutex_trylock(&lock)));
    CHECK(pthread_mutex_unlock(&lock) == 0);
    printf("destroy when free: %s\n", errname(pthread_mutex_destroy(&lock)));
    return 0;
}

/* Thread-specific data: pthread_key_create with a destructor, set/getspecific per
 * thread, destructors at thread exit (and again while a destructor sets a new
 * value, up to PTHREAD_DESTRUCTOR_ITERATIONS), pthread_key_delete.
 *
 * needs: threads
 */
#include "common.h"

#include <limits.h>

enum { THREADS = 5 };

static pthread_key_t key, stubborn;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long destroyed_sum;
static int destroyed, stubborn_calls;

static void destroy(void *value) {
    pthread_mutex_lock(&lock);
    destroyed++;
    destroyed_sum += *(long *)value;
    pthread_mutex_unlock(&lock);
    free(value);
}

static void destroy_stubbornly(void *value) {
    pthread_mutex_lock(&lock);
    stubborn_calls++;
    pthread_mutex_unlock(&lock);
    if ((long)value < 3) pthread_setspecific(stubborn, (void *)((long)value + 1));
}

static void *worker(void *arg) {
    long me = (long)arg;
    int was_null = pthread_getspecific(key) == NULL;
    long *mine = malloc(sizeof *mine);
    *mine = me * 10;
    CHECK(pthread_setspecific(key, mine) == 0);
    for (int i = 0; i < 100; i++) sched_yield();
    long *now = pthread_getspecific(key);
    int still_mine = now == mine && *now == me * 10;
    if (me == 0) CHECK(pthread_setspecific(stubborn, (void *)1L) == 0);
    return (void *)(long)(was_null + 2 * still_mine);
}

int main(void) {
    CHECK(pthread_key_create(&key, destroy) == 0);
    CHECK(pthread_key_create(&stubborn, destroy_stubbornly) == 0);
    printf("PTHREAD_DESTRUCTOR_ITERATIONS %d\n", PTHREAD_DESTRUCTOR_ITERATIONS);
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, worker, (void *)i) == 0);
    for (int i = 0; i < THREADS; i++) {
        void *ret;
        CHECK(pthread_join(t[i], &ret) == 0);
        printf("thread %d: started empty %ld, kept its value %ld\n", i, (long)ret & 1,
               (long)ret >> 1);
    }
    printf("destructor calls %d, sum of values %ld\n", destroyed, destroyed_sum);
    printf("stubborn destructor calls %d\n", stubborn_calls);
    long here = 7;
    CHECK(pthread_setspecific(key, &here) == 0);
    printf("main's value: %ld\n", *(long *)pthread_getspecific(key));
    CHECK(pthread_setspecific(key, NULL) == 0);
    printf("delete: %s\n", errname(pthread_key_delete(key)));
    pthread_key_t again;
    CHECK(pthread_key_create(&again, NULL) == 0);
    printf("a new key starts empty: %d\n", pthread_getspecific(again) == NULL);
    return 0;
}

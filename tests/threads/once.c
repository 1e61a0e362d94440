/* pthread_once: eight threads released together by a barrier race into one
 * initializer; it runs exactly once and everyone returns after it has finished.
 *
 * needs: threads
 */
#include "common.h"

#include <time.h>

enum { THREADS = 8 };

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_once_t other = PTHREAD_ONCE_INIT;
static pthread_barrier_t start;
static int runs, value, other_runs;

static void init(void) {
    runs++;
    struct timespec pause = {0, 2000000};
    nanosleep(&pause, NULL);  /* widen the window in which others arrive */
    value = 42;
}

static void init_other(void) { other_runs++; }

static void *racer(void *arg) {
    (void)arg;
    pthread_barrier_wait(&start);
    CHECK(pthread_once(&once, init) == 0);
    return (void *)(long)value;
}

int main(void) {
    pthread_t t[THREADS];
    CHECK(pthread_barrier_init(&start, NULL, THREADS) == 0);
    for (int i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, racer, NULL) == 0);
    int saw42 = 0;
    for (int i = 0; i < THREADS; i++) {
        void *ret;
        CHECK(pthread_join(t[i], &ret) == 0);
        saw42 += (long)ret == 42;
    }
    printf("initializer ran %d time(s)\n", runs);
    printf("threads that saw it finished: %d of %d\n", saw42, THREADS);
    CHECK(pthread_once(&once, init) == 0);
    printf("after another call: %d\n", runs);
    for (int i = 0; i < 3; i++) pthread_once(&other, init_other);
    printf("a second once control ran %d time(s)\n", other_runs);
    return 0;
}

/* Barriers separate phases: in each round every thread writes its slot, waits, reads
 * every slot, waits again. Exactly one thread per wait gets
 * PTHREAD_BARRIER_SERIAL_THREAD.
 *
 * needs: threads
 */
#include "common.h"

enum { THREADS = 6, ROUNDS = 40 };

static pthread_barrier_t barrier;
static long slot[THREADS];
static unsigned long checksum[THREADS];
static int serial;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static void wait_phase(void) {
    int r = pthread_barrier_wait(&barrier);
    CHECK(r == 0 || r == PTHREAD_BARRIER_SERIAL_THREAD);
    if (r == PTHREAD_BARRIER_SERIAL_THREAD) {
        pthread_mutex_lock(&lock);
        serial++;
        pthread_mutex_unlock(&lock);
    }
}

static void *phases(void *arg) {
    long me = (long)arg;
    for (long round = 0; round < ROUNDS; round++) {
        slot[me] = round * 100 + me;
        wait_phase();
        long sum = 0;
        for (int i = 0; i < THREADS; i++) sum += slot[i] * (i + 1);
        checksum[me] = checksum[me] * 31 + sum;
        wait_phase();
    }
    return NULL;
}

int main(void) {
    pthread_barrierattr_t attr;
    int shared;
    pthread_barrierattr_init(&attr);
    pthread_barrierattr_getpshared(&attr, &shared);
    printf("private by default: %d\n", shared == PTHREAD_PROCESS_PRIVATE);
    printf("count 0: %s\n", errname(pthread_barrier_init(&barrier, &attr, 0)));
    CHECK(pthread_barrier_init(&barrier, &attr, THREADS) == 0);
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, phases, (void *)i) == 0);
    for (int i = 0; i < THREADS; i++) CHECK(pthread_join(t[i], NULL) == 0);
    int agree = 1;
    for (int i = 1; i < THREADS; i++) agree &= checksum[i] == checksum[0];
    printf("checksums agree: %d (%lu)\n", agree, checksum[0]);
    printf("serial threads: %d of %d waits\n", serial, 2 * ROUNDS);
    printf("destroy: %s\n", errname(pthread_barrier_destroy(&barrier)));
    return 0;
}

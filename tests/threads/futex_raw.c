/* The futex system call itself, as glibc uses it: FUTEX_WAIT when the word has
 * changed (EAGAIN), with a timeout (ETIMEDOUT), FUTEX_WAKE with and without waiters,
 * a hand-made mutex built on WAIT/WAKE shared by four threads, CMP_REQUEUE's check,
 * WAIT_BITSET with an empty mask, and an unknown operation.
 *
 * needs: threads
 */
#include "common.h"

#include <limits.h>
#include <linux/futex.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <time.h>

enum { THREADS = 4, ROUNDS = 3000 };

static long futex(atomic_int *uaddr, int op, int val, const struct timespec *timeout,
                  atomic_int *uaddr2, int val3) {
    long r = syscall(SYS_futex, uaddr, op, val, timeout, uaddr2, val3);
    return r == -1 ? -errno : r;
}

/* Drepper's "Futexes are tricky" mutex 2: 0 free, 1 locked, 2 locked with waiters. */
static atomic_int word;
static long counter;

static void lock(void) {
    int c = 0;
    if (atomic_compare_exchange_strong(&word, &c, 1)) return;
    if (c != 2) c = atomic_exchange(&word, 2);
    while (c != 0) {
        futex(&word, FUTEX_WAIT_PRIVATE, 2, NULL, NULL, 0);
        c = atomic_exchange(&word, 2);
    }
}

static void unlock(void) {
    if (atomic_fetch_sub(&word, 1) != 1) {
        atomic_store(&word, 0);
        futex(&word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
    }
}

static void *add(void *arg) {
    (void)arg;
    for (int i = 0; i < ROUNDS; i++) {
        lock();
        counter++;
        unlock();
    }
    return NULL;
}

static const char *result(long r) { return r < 0 ? errname((int)-r) : r == 0 ? "0" : "positive"; }

int main(void) {
    atomic_int w = 5, other = 0;
    printf("WAIT on a changed word: %s\n", result(futex(&w, FUTEX_WAIT, 4, NULL, NULL, 0)));
    printf("WAIT private on a changed word: %s\n",
           result(futex(&w, FUTEX_WAIT_PRIVATE, 4, NULL, NULL, 0)));
    struct timespec ten_ms = {0, 10000000};
    printf("WAIT with a 10 ms timeout: %s\n", result(futex(&w, FUTEX_WAIT, 5, &ten_ms, NULL, 0)));
    struct timespec bad = {0, 1000000000};
    printf("WAIT with tv_nsec = 1e9: %s\n", result(futex(&w, FUTEX_WAIT, 5, &bad, NULL, 0)));
    struct timespec negative = {-1, 0};
    printf("WAIT with tv_sec = -1: %s\n", result(futex(&w, FUTEX_WAIT, 5, &negative, NULL, 0)));
    printf("WAKE with nobody waiting: %ld\n", futex(&w, FUTEX_WAKE, INT_MAX, NULL, NULL, 0));
    printf("CMP_REQUEUE with a changed word: %s\n",
           result(futex(&w, FUTEX_CMP_REQUEUE, 1, (void *)1L, &other, 4)));
    printf("CMP_REQUEUE with nobody waiting: %s\n",
           result(futex(&w, FUTEX_CMP_REQUEUE, 1, (void *)1L, &other, 5)));
    printf("WAIT_BITSET with an empty mask: %s\n",
           result(futex(&w, FUTEX_WAIT_BITSET, 5, NULL, NULL, 0)));
    printf("WAKE_BITSET with an empty mask: %s\n",
           result(futex(&w, FUTEX_WAKE_BITSET, 1, NULL, NULL, 0)));
    printf("operation 99: %s\n", result(futex(&w, 99, 0, NULL, NULL, 0)));

    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, add, NULL) == 0);
    for (int i = 0; i < THREADS; i++) CHECK(pthread_join(t[i], NULL) == 0);
    printf("futex mutex counter %ld (expected %d), word %d\n", counter, THREADS * ROUNDS,
           atomic_load(&word));
    return 0;
}

/* C11 atomics across threads: relaxed fetch_add, a compare-and-swap loop keeping a
 * maximum, an atomic_flag spin lock around plain data, release/acquire message
 * passing, the other read-modify-write operations, and a CAS-built multiply.
 *
 * needs: threads
 */
#include "common.h"

#include <sched.h>
#include <stdatomic.h>

enum { THREADS = 4, ROUNDS = 5000 };

static atomic_long hits;
static atomic_long maximum = -1;
static atomic_flag spin = ATOMIC_FLAG_INIT;
static long guarded;
static atomic_int ready;
static long message[64];
static atomic_ulong bits;

static void *hammer(void *arg) {
    long me = (long)arg;
    for (int i = 0; i < ROUNDS; i++) {
        atomic_fetch_add_explicit(&hits, 1, memory_order_relaxed);
        long candidate = (i * 7919L + me * 104729L) % 100003;
        long seen = atomic_load_explicit(&maximum, memory_order_relaxed);
        while (candidate > seen &&
               !atomic_compare_exchange_weak_explicit(&maximum, &seen, candidate,
                                                      memory_order_acq_rel, memory_order_relaxed))
            ;
        if (i % 4 == 0) {
            while (atomic_flag_test_and_set_explicit(&spin, memory_order_acquire)) sched_yield();
            guarded++;
            atomic_flag_clear_explicit(&spin, memory_order_release);
        }
        atomic_fetch_or(&bits, 1UL << (me * 8 + i % 8));
    }
    return NULL;
}

static void *send(void *arg) {
    (void)arg;
    for (int i = 0; i < 64; i++) message[i] = i * i;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *receive(void *arg) {
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire)) sched_yield();
    long sum = 0;
    for (int i = 0; i < 64; i++) sum += message[i];
    return (void *)sum;
}

static long atomic_multiply(atomic_long *x, long by) {
    long old = atomic_load(x);
    while (!atomic_compare_exchange_weak(x, &old, old * by))
        ;
    return old;
}

int main(void) {
    pthread_t t[THREADS];
    for (long i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, hammer, (void *)i) == 0);
    for (int i = 0; i < THREADS; i++) CHECK(pthread_join(t[i], NULL) == 0);
    printf("hits %ld (expected %d)\n", atomic_load(&hits), THREADS * ROUNDS);
    printf("maximum %ld\n", atomic_load(&maximum));
    printf("guarded %ld (expected %d)\n", guarded, THREADS * ROUNDS / 4);
    printf("bits %#lx\n", atomic_load(&bits));

    pthread_t s, r;
    void *sum;
    CHECK(pthread_create(&r, NULL, receive, NULL) == 0);
    CHECK(pthread_create(&s, NULL, send, NULL) == 0);
    CHECK(pthread_join(s, NULL) == 0);
    CHECK(pthread_join(r, &sum) == 0);
    printf("message sum %ld\n", (long)sum);

    atomic_long x = 10;
    long before = atomic_fetch_sub(&x, 3);
    printf("fetch_sub %ld -> %ld\n", before, atomic_load(&x));
    before = atomic_fetch_and(&x, 5);
    printf("fetch_and %ld -> %ld\n", before, atomic_load(&x));
    before = atomic_fetch_xor(&x, 0xff);
    printf("fetch_xor %ld -> %ld\n", before, atomic_load(&x));
    before = atomic_exchange(&x, -42);
    printf("exchange %ld -> %ld\n", before, atomic_load(&x));
    long expected = 0;
    int ok = atomic_compare_exchange_strong(&x, &expected, 1);
    printf("failed CAS: %d, saw %ld\n", ok, expected);
    before = atomic_multiply(&x, -3);
    printf("multiply %ld -> %ld\n", before, atomic_load(&x));
    atomic_int small = 7;
    atomic_thread_fence(memory_order_seq_cst);
    int small_before = atomic_fetch_add(&small, 5);
    printf("int fetch_add %d -> %d\n", small_before, atomic_load(&small));
    printf("lock free: int %d, long %d\n", atomic_is_lock_free(&small), atomic_is_lock_free(&x));
    return 0;
}

/* pthread spin locks: lock/unlock around a counter from three threads, trylock on a
 * held lock, init and destroy.
 *
 * needs: threads
 */
#include "common.h"

enum { THREADS = 3, ROUNDS = 2000 };

static pthread_spinlock_t spin;
static long counter;

static void *add(void *arg) {
    (void)arg;
    for (int i = 0; i < ROUNDS; i++) {
        CHECK(pthread_spin_lock(&spin) == 0);
        counter++;
        CHECK(pthread_spin_unlock(&spin) == 0);
    }
    return NULL;
}

static void *try_it(void *arg) {
    (void)arg;
    return (void *)(long)pthread_spin_trylock(&spin);
}

int main(void) {
    CHECK(pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE) == 0);
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, add, NULL) == 0);
    for (int i = 0; i < THREADS; i++) CHECK(pthread_join(t[i], NULL) == 0);
    printf("counter %ld (expected %d)\n", counter, THREADS * ROUNDS);
    CHECK(pthread_spin_lock(&spin) == 0);
    void *ret;
    CHECK(pthread_create(&t[0], NULL, try_it, NULL) == 0);
    CHECK(pthread_join(t[0], &ret) == 0);
    printf("trylock of a held lock: %s\n", errname((int)(long)ret));
    CHECK(pthread_spin_unlock(&spin) == 0);
    CHECK(pthread_create(&t[0], NULL, try_it, NULL) == 0);
    CHECK(pthread_join(t[0], &ret) == 0);
    printf("trylock of a free lock: %s\n", errname((int)(long)ret));
    CHECK(pthread_spin_unlock(&spin) == 0);
    printf("destroy: %s\n", errname(pthread_spin_destroy(&spin)));
    return 0;
}

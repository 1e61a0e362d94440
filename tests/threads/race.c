/* The race: two threads each add 1 to a shared counter 100000 times, started
 * together by a barrier. Argument "plain" does counter++ unguarded (at -O0 a load, an
 * add and a store, so an update is lost whenever the other thread's store falls in
 * between); "mutex" guards it; "atomic" uses atomic_fetch_add. Prints the count.
 *
 * needs: threads
 * suite: race
 */
#include "common.h"

#include <stdatomic.h>

enum { ROUNDS = 100000 };

static int counter;
static atomic_int atomic_counter;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t start;

static void *plain(void *arg) {
    pthread_barrier_wait(&start);
    for (int i = 0; i < ROUNDS; i++) counter++;
    return arg;
}

static void *guarded(void *arg) {
    pthread_barrier_wait(&start);
    for (int i = 0; i < ROUNDS; i++) {
        pthread_mutex_lock(&lock);
        counter++;
        pthread_mutex_unlock(&lock);
    }
    return arg;
}

static void *atomic(void *arg) {
    pthread_barrier_wait(&start);
    for (int i = 0; i < ROUNDS; i++) atomic_fetch_add(&atomic_counter, 1);
    return arg;
}

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "plain";
    void *(*body)(void *) = strcmp(mode, "mutex") == 0    ? guarded
                            : strcmp(mode, "atomic") == 0 ? atomic
                                                          : plain;
    CHECK(pthread_barrier_init(&start, NULL, 2) == 0);
    pthread_t a, b;
    CHECK(pthread_create(&a, NULL, body, NULL) == 0);
    CHECK(pthread_create(&b, NULL, body, NULL) == 0);
    CHECK(pthread_join(a, NULL) == 0);
    CHECK(pthread_join(b, NULL) == 0);
    printf("%s: %d\n", mode, counter + atomic_load(&atomic_counter));
    return 0;
}

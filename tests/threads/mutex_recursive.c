/* Recursive mutexes: relocking by the owner, the lock count, trylock from another
 * thread, unlock by a non-owner, and a recursive function locking at every level.
 *
 * needs: threads
 */
#include "common.h"

static pthread_mutex_t rec = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static long visits;

static long depth_sum(int depth) {
    CHECK(pthread_mutex_lock(&rec) == 0);
    visits++;
    long r = depth == 0 ? 0 : depth + depth_sum(depth - 1);
    CHECK(pthread_mutex_unlock(&rec) == 0);
    return r;
}

static void *recurse(void *arg) { return (void *)depth_sum((int)(long)arg); }

static void *intruder(void *arg) {
    static int results[2];
    pthread_mutex_t *m = arg;
    results[0] = pthread_mutex_trylock(m);
    results[1] = pthread_mutex_unlock(m);
    return results;
}

int main(void) {
    pthread_mutex_t m;
    pthread_mutexattr_t attr;
    int type;
    pthread_mutexattr_init(&attr);
    CHECK(pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE) == 0);
    pthread_mutexattr_gettype(&attr, &type);
    printf("type is recursive: %d\n", type == PTHREAD_MUTEX_RECURSIVE);
    CHECK(pthread_mutex_init(&m, &attr) == 0);
    for (int i = 0; i < 3; i++) printf("lock %d: %s\n", i + 1, errname(pthread_mutex_lock(&m)));
    printf("trylock by the owner: %s\n", errname(pthread_mutex_trylock(&m)));

    pthread_t th;
    void *ret;
    CHECK(pthread_create(&th, NULL, intruder, &m) == 0);
    CHECK(pthread_join(th, &ret) == 0);
    int *r = ret;
    printf("trylock by another thread: %s\n", errname(r[0]));
    printf("unlock by another thread: %s\n", errname(r[1]));

    for (int i = 0; i < 4; i++) printf("unlock %d: %s\n", i + 1, errname(pthread_mutex_unlock(&m)));
    printf("unlock once too often: %s\n", errname(pthread_mutex_unlock(&m)));

    CHECK(pthread_create(&th, NULL, intruder, &m) == 0);
    CHECK(pthread_join(th, &ret) == 0);
    r = ret;
    printf("trylock by another thread when free: %s\n", errname(r[0]));
    printf("and its unlock: %s\n", errname(r[1]));

    pthread_t t[3];
    for (long i = 0; i < 3; i++) CHECK(pthread_create(&t[i], NULL, recurse, (void *)(50 + i)) == 0);
    for (int i = 0; i < 3; i++) {
        CHECK(pthread_join(t[i], &ret) == 0);
        printf("depth_sum(%d) = %ld\n", 50 + i, (long)ret);
    }
    printf("visits %ld\n", visits);
    return 0;
}

/* Error-checking mutexes report misuse instead of deadlocking: relock by the owner,
 * unlock by a non-owner, unlock of an unlocked mutex; trylock and the type attribute.
 *
 * needs: threads
 */
#include "common.h"

static pthread_mutex_t m;

static void *stranger(void *arg) {
    (void)arg;
    return (void *)(long)pthread_mutex_unlock(&m);
}

static void *waiter(void *arg) {
    long *got = arg;
    CHECK(pthread_mutex_lock(&m) == 0);
    *got = 1;
    CHECK(pthread_mutex_unlock(&m) == 0);
    return NULL;
}

int main(void) {
    pthread_mutexattr_t attr;
    int type;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_gettype(&attr, &type);
    printf("default type is normal: %d\n", type == PTHREAD_MUTEX_NORMAL);
    CHECK(pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_ERRORCHECK) == 0);
    printf("bad type: %s\n", errname(pthread_mutexattr_settype(&attr, 12345)));
    CHECK(pthread_mutex_init(&m, &attr) == 0);

    printf("unlock while unlocked: %s\n", errname(pthread_mutex_unlock(&m)));
    printf("lock: %s\n", errname(pthread_mutex_lock(&m)));
    printf("lock again: %s\n", errname(pthread_mutex_lock(&m)));
    printf("trylock by the owner: %s\n", errname(pthread_mutex_trylock(&m)));

    pthread_t th;
    void *ret;
    CHECK(pthread_create(&th, NULL, stranger, NULL) == 0);
    CHECK(pthread_join(th, &ret) == 0);
    printf("unlock by another thread: %s\n", errname((int)(long)ret));

    long got = 0;
    CHECK(pthread_create(&th, NULL, waiter, &got) == 0);
    printf("unlock by the owner: %s\n", errname(pthread_mutex_unlock(&m)));
    CHECK(pthread_join(th, NULL) == 0);
    printf("the waiter got it: %ld\n", got);
    printf("destroy: %s\n", errname(pthread_mutex_destroy(&m)));
    return 0;
}

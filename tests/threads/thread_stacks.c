/* Thread stacks: a requested size (deep recursion fits), the sizes glibc reports back,
 * the default guard size, and a stack the program allocates itself.
 *
 * needs: threads
 */
#include "common.h"

enum { OWN_STACK = 256 * 1024 };

static char *own_stack;

/* The number of levels, each with a 200-byte frame the compiler must keep. */
static long recurse(int depth) {
    volatile char frame[200];
    frame[depth % 200] = 1;
    if (depth == 0) return 0;
    return recurse(depth - 1) + frame[depth % 200];
}

static void *deep(void *arg) { return (void *)recurse((int)(long)arg); }

static void *where_am_i(void *arg) {
    (void)arg;
    char local;
    int inside = &local > own_stack && &local < own_stack + OWN_STACK;
    pthread_attr_t attr;
    void *addr;
    size_t size;
    CHECK(pthread_getattr_np(pthread_self(), &attr) == 0);
    CHECK(pthread_attr_getstack(&attr, &addr, &size) == 0);
    pthread_attr_destroy(&attr);
    int reported = (char *)addr == own_stack && size == OWN_STACK;
    return (void *)(long)(inside + 2 * reported + 4 * (recurse(500) == 500));
}

int main(void) {
    pthread_attr_t attr;
    size_t size, guard;
    pthread_attr_init(&attr);
    pthread_attr_getguardsize(&attr, &guard);
    printf("default guard size %zu\n", guard);
    printf("stack size below PTHREAD_STACK_MIN: %s\n",
           errname(pthread_attr_setstacksize(&attr, 1024)));
    CHECK(pthread_attr_setstacksize(&attr, 1024 * 1024) == 0);
    pthread_attr_getstacksize(&attr, &size);
    printf("requested stack size %zu\n", size);
    pthread_t th;
    void *ret;
    CHECK(pthread_create(&th, &attr, deep, (void *)3000L) == 0);
    CHECK(pthread_join(th, &ret) == 0);
    printf("recursion 3000 deep in a 1 MiB stack: %ld\n", (long)ret);

    own_stack = aligned_alloc(4096, OWN_STACK);
    CHECK(own_stack != NULL);
    pthread_attr_t mine;
    pthread_attr_init(&mine);
    CHECK(pthread_attr_setstack(&mine, own_stack, OWN_STACK) == 0);
    CHECK(pthread_create(&th, &mine, where_am_i, NULL) == 0);
    CHECK(pthread_join(th, &ret) == 0);
    long r = (long)ret;
    printf("own stack: runs on it %ld, reported %ld, recursion ok %ld\n", r & 1, (r >> 1) & 1,
           (r >> 2) & 1);
    return 0;
}

/* A thread that recurses without end runs into the guard page below its stack: the
 * whole process dies of SIGSEGV (no thread survives), after what it printed before.
 *
 * needs: threads
 * suite: hostile
 */
#include "common.h"

/* Far more levels than any stack holds (the bound only keeps gcc from calling it UB). */
static long forever(long n) {
    volatile char frame[512];
    frame[n % 512] = (char)n;
    if (n > 1000000000L) return 0;
    return forever(n + 1) + frame[n % 512];
}

static void *recurse(void *arg) { return (void *)forever((long)arg); }

int main(void) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    CHECK(pthread_attr_setstacksize(&attr, 64 * 1024) == 0);
    printf("starting a thread that overflows its 64 KiB stack\n");
    fflush(stdout);
    pthread_t th;
    CHECK(pthread_create(&th, &attr, recurse, NULL) == 0);
    pthread_join(th, NULL);
    printf("not reached\n");
    return 0;
}

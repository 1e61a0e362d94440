/* The main thread calls pthread_exit: the process lives on until its last thread
 * ends, then exits with status 0 (atexit handlers run). The workers form a chain,
 * each joining the one before it, so their lines come out in order.
 *
 * needs: threads
 */
#include "common.h"

enum { CHAIN = 5 };

static pthread_t chain[CHAIN];
static pthread_barrier_t created;

static void at_exit(void) { printf("atexit: the last thread has gone\n"); }

static void *link_(void *arg) {
    long me = (long)arg;
    pthread_barrier_wait(&created);
    if (me > 0) CHECK(pthread_join(chain[me - 1], NULL) == 0);
    long sum = 0;
    for (long i = 0; i <= 1000 * (me + 1); i++) sum += i;
    printf("link %ld: sum %ld\n", me, sum);
    fflush(stdout);
    return NULL;
}

int main(void) {
    atexit(at_exit);
    CHECK(pthread_barrier_init(&created, NULL, CHAIN + 1) == 0);
    for (long i = 0; i < CHAIN; i++) CHECK(pthread_create(&chain[i], NULL, link_, (void *)i) == 0);
    printf("main: leaving by pthread_exit\n");
    fflush(stdout);
    pthread_barrier_wait(&created);
    pthread_exit(NULL);
}

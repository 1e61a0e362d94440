/* exit() from a thread ends the whole process (exit_group): atexit handlers run in
 * that thread, stdio is flushed, and the other threads - one blocked in join, one in
 * a condition wait - simply stop. The status is the thread's.
 *
 * needs: threads
 */
#include "common.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static pthread_barrier_t started;

static void at_exit(void) { printf("atexit handler ran\n"); }

static void *sleeper(void *arg) {
    (void)arg;
    pthread_mutex_lock(&lock);
    pthread_barrier_wait(&started);
    for (;;) pthread_cond_wait(&never, &lock);
    return NULL;
}

static void *quitter(void *arg) {
    (void)arg;
    pthread_barrier_wait(&started);
    printf("quitter: calling exit(7)\n");
    exit(7);
}

int main(void) {
    atexit(at_exit);
    CHECK(pthread_barrier_init(&started, NULL, 3) == 0);
    printf("main: starting two threads\n");
    pthread_t s, q;
    CHECK(pthread_create(&s, NULL, sleeper, NULL) == 0);
    CHECK(pthread_create(&q, NULL, quitter, NULL) == 0);
    pthread_barrier_wait(&started);
    pthread_join(s, NULL);
    printf("not reached\n");
    return 0;
}

/* Signals and threads: pthread_kill runs the handler on the thread it names; a signal
 * sent to the process goes to a thread that does not block it; each thread has its
 * own mask; a dedicated thread takes signals with sigwait (the classic design).
 *
 * needs: threads, signals
 */
#include "common.h"

#include <stdatomic.h>

static atomic_int handled_by; /* the gettid() of the thread that ran the handler */
static pthread_barrier_t barrier;
static atomic_int stop;

static void handler(int sig) {
    (void)sig;
    atomic_store(&handled_by, gettid());
}

static void *target(void *arg) {
    atomic_int *tid = arg;
    atomic_store(tid, gettid());
    pthread_barrier_wait(&barrier);
    while (!atomic_load(&stop)) sched_yield();
    return NULL;
}

static void *open_to_usr1(void *arg) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
    return target(arg);
}

static void *waiter(void *arg) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    long got = 0;
    for (int i = 0; i < 5; i++) {
        int sig;
        CHECK(sigwait(&s, &sig) == 0);
        got += sig == SIGUSR2;
        pthread_barrier_wait(&barrier);
    }
    return (void *)got;
}

int main(void) {
    signal(SIGUSR1, handler);
    CHECK(pthread_barrier_init(&barrier, NULL, 2) == 0);
    atomic_int tid = 0;
    pthread_t th;
    CHECK(pthread_create(&th, NULL, target, &tid) == 0);
    pthread_barrier_wait(&barrier);
    CHECK(pthread_kill(th, SIGUSR1) == 0);
    while (atomic_load(&handled_by) == 0) sched_yield();
    printf("pthread_kill: handled by the target %d\n",
           atomic_load(&handled_by) == atomic_load(&tid));
    atomic_store(&stop, 1);
    CHECK(pthread_join(th, NULL) == 0);

    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigaddset(&s, SIGUSR2);
    CHECK(pthread_sigmask(SIG_BLOCK, &s, NULL) == 0);
    atomic_store(&stop, 0);
    atomic_store(&handled_by, 0);
    atomic_store(&tid, 0);
    pthread_t blocked, open;
    CHECK(pthread_create(&blocked, NULL, target, &(atomic_int){0}) == 0);
    pthread_barrier_wait(&barrier);
    CHECK(pthread_create(&open, NULL, open_to_usr1, &tid) == 0);
    pthread_barrier_wait(&barrier);
    CHECK(kill(getpid(), SIGUSR1) == 0);
    while (atomic_load(&handled_by) == 0) sched_yield();
    printf("kill(getpid()): handled by the one thread not blocking it %d\n",
           atomic_load(&handled_by) == atomic_load(&tid));
    atomic_store(&stop, 1);
    CHECK(pthread_join(blocked, NULL) == 0);
    CHECK(pthread_join(open, NULL) == 0);

    CHECK(pthread_create(&th, NULL, waiter, NULL) == 0);
    for (int i = 0; i < 5; i++) {
        CHECK(kill(getpid(), SIGUSR2) == 0);
        pthread_barrier_wait(&barrier);
    }
    void *got;
    CHECK(pthread_join(th, &got) == 0);
    printf("sigwait thread took %ld of 5\n", (long)got);
    printf("pthread_kill with signal 0: %s\n", errname(pthread_kill(pthread_self(), 0)));
    return 0;
}

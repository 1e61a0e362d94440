/* fork in a process with threads: only the forking thread goes on in the child;
 * pthread_atfork handlers run prepare in reverse order of registration, parent and
 * child in order; malloc works in the child. (Creating a thread in such a child is
 * left out: qemu-riscv64 7.2 aborts on it, "cpu == current_cpu".)
 *
 * needs: threads, fork
 */
#include "common.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static pthread_barrier_t parked;
static char trail[64];
static volatile long worker_ticks;

static void note(const char *s) { strcat(trail, s); }
static void prepare1(void) { note("P1 "); }
static void prepare2(void) { note("P2 "); }
static void parent1(void) { note("p1 "); }
static void parent2(void) { note("p2 "); }
static void child1(void) { note("c1 "); }
static void child2(void) { note("c2 "); }

static void *parked_thread(void *arg) {
    pthread_barrier_wait(&parked);
    pthread_mutex_lock(&lock);
    for (;;) {
        worker_ticks++;
        pthread_cond_wait(&never, &lock);
    }
    return arg;
}

int main(void) {
    CHECK(pthread_atfork(prepare1, parent1, child1) == 0);
    CHECK(pthread_atfork(prepare2, parent2, child2) == 0);
    CHECK(pthread_barrier_init(&parked, NULL, 4) == 0);
    pthread_t t[3];
    for (int i = 0; i < 3; i++) CHECK(pthread_create(&t[i], NULL, parked_thread, NULL) == 0);
    pthread_barrier_wait(&parked);
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        printf("child: atfork trail %s\n", trail);
        long before = worker_ticks;
        char *p = malloc(100000);
        printf("child: malloc works %d\n", p != NULL);
        free(p);
        printf("child: parked threads did not come along %d\n", worker_ticks == before);
        exit(0);
    }
    int status = reap(pid);
    printf("parent: atfork trail %s\n", trail);
    printf("parent: child %s\n", describe(status));
    return 0;
}

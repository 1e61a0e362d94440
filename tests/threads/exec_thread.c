/* execve from a thread that is not the main one, while other threads are running: all
 * the other threads vanish, the new image starts single-threaded with the same pid.
 *
 * needs: threads, exec
 */
#include "common.h"

#include <stdatomic.h>

static atomic_long spins;
static pthread_barrier_t started;

static void *spin(void *arg) {
    pthread_barrier_wait(&started);
    for (;;) atomic_fetch_add(&spins, 1);
    return arg;
}

static void *exec_it(void *arg) {
    pthread_barrier_wait(&started);
    char pid[16];
    snprintf(pid, sizeof pid, "%d", getpid());
    char *args[] = {"prog", "after", pid, NULL};
    execv(self_exe(), args);
    printf("execv: %s\n", errname(errno));
    exit(99);
    return arg;
}

int main(int argc, char **argv) {
    if (argc > 2 && strcmp(argv[1], "after") == 0) {
        printf("new image: same pid %d, thread id is the pid %d\n", getpid() == atoi(argv[2]),
               gettid() == getpid());
        return 5;
    }
    CHECK(pthread_barrier_init(&started, NULL, 4) == 0);
    pthread_t t[3];
    for (int i = 0; i < 2; i++) CHECK(pthread_create(&t[i], NULL, spin, NULL) == 0);
    CHECK(pthread_create(&t[2], NULL, exec_it, NULL) == 0);
    printf("three threads started, one will exec\n");
    fflush(stdout);
    pthread_barrier_wait(&started);
    for (;;) pause();
}

/* Children that try not to die: one ignores SIGTERM, SIGINT and SIGHUP and blocks every
 * signal it can while spinning in user code; one sleeps in a futex wait that nothing
 * will wake; one stops itself. SIGKILL ends each of them.
 *
 * needs: fork, pipes, signals
 * suite: hostile
 */
#include "common.h"

#include <linux/futex.h>
#include <stdatomic.h>
#include <sys/syscall.h>

static atomic_long spins;

static void stubborn(void) {
    signal(SIGTERM, SIG_IGN);
    signal(SIGINT, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, NULL);
}

static void spin(void) {
    for (;;) atomic_fetch_add_explicit(&spins, 1, memory_order_relaxed);
}

static void sleep_in_futex(void) {
    int word = 0;
    for (;;) syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
}

static void stop_self(void) {
    raise(SIGSTOP);
    spin();
}

static pid_t start(void (*setup)(void), void (*body)(void)) {
    int p[2];
    CHECK(pipe(p) == 0);
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        close(p[0]);
        if (setup) setup();
        CHECK(write(p[1], "r", 1) == 1);
        body();
    }
    close(p[1]);
    char byte;
    CHECK(read(p[0], &byte, 1) == 1);
    close(p[0]);
    return pid;
}

int main(void) {
    pid_t pid = start(stubborn, spin);
    int status;
    kill(pid, SIGTERM);
    kill(pid, SIGINT);
    kill(pid, SIGHUP);
    kill(pid, SIGUSR1);
    usleep(20000);
    printf("a spinning child that ignores and blocks: alive after TERM, INT, HUP, USR1: %d\n",
           waitpid(pid, &status, WNOHANG) == 0);
    CHECK(kill(pid, SIGKILL) == 0);
    printf("  SIGKILL: %s\n", describe(reap(pid)));

    pid = start(stubborn, sleep_in_futex);
    kill(pid, SIGTERM);
    usleep(20000);
    printf("a child asleep in FUTEX_WAIT: alive after TERM: %d\n",
           waitpid(pid, &status, WNOHANG) == 0);
    CHECK(kill(pid, SIGKILL) == 0);
    printf("  SIGKILL: %s\n", describe(reap(pid)));

    pid = start(NULL, stop_self);
    CHECK(waitpid(pid, &status, WUNTRACED) == pid);
    printf("a child that stopped itself: %s\n", describe(status));
    CHECK(kill(pid, SIGKILL) == 0);
    printf("  SIGKILL: %s\n", describe(reap(pid)));
    return 0;
}

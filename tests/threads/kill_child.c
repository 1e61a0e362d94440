/* kill between processes: a child's handler for SIGUSR1 exits with a chosen code; a
 * child with default SIGTERM dies of it; a child that blocks SIGTERM survives it
 * until SIGKILL; a child signals its parent, whose handler sees the child's pid.
 * Readiness travels through pipes, so no signal arrives before its handler.
 *
 * needs: fork, pipes, signals
 */
#include "common.h"

static volatile sig_atomic_t got_usr2;
static volatile pid_t sender;

static void exit_42(int sig) {
    (void)sig;
    _exit(42);
}

static void from_child(int sig, siginfo_t *si, void *context) {
    (void)sig, (void)context;
    sender = si->si_pid;
    got_usr2 = 1;
}

/* Fork a child that runs setup, says it is ready, and waits for signals forever. */
static pid_t ready_child(void (*setup)(void)) {
    int p[2];
    CHECK(pipe(p) == 0);
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        close(p[0]);
        if (setup) setup();
        CHECK(write(p[1], "r", 1) == 1);
        for (;;) pause();
    }
    close(p[1]);
    char byte;
    CHECK(read(p[0], &byte, 1) == 1);
    close(p[0]);
    return pid;
}

static void catch_usr1(void) { signal(SIGUSR1, exit_42); }

static void block_term(void) {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGTERM);
    sigprocmask(SIG_BLOCK, &s, NULL);
}

int main(void) {
    pid_t pid = ready_child(catch_usr1);
    CHECK(kill(pid, SIGUSR1) == 0);
    printf("SIGUSR1 to a child with a handler: %s\n", describe(reap(pid)));

    pid = ready_child(NULL);
    CHECK(kill(pid, SIGTERM) == 0);
    printf("SIGTERM to a child: %s\n", describe(reap(pid)));

    pid = ready_child(block_term);
    CHECK(kill(pid, SIGTERM) == 0);
    int status;
    usleep(20000);
    printf("SIGTERM to a child blocking it: waitpid WNOHANG %d\n",
           (int)waitpid(pid, &status, WNOHANG));
    CHECK(kill(pid, SIGKILL) == 0);
    printf("then SIGKILL: %s\n", describe(reap(pid)));

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = from_child;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIGUSR2, &sa, NULL) == 0);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR2);
    sigprocmask(SIG_BLOCK, &block, &old);
    fflush(stdout);
    pid = fork();
    CHECK(pid != -1);
    if (pid == 0) _exit(kill(getppid(), SIGUSR2) == 0 ? 0 : 1);
    while (!got_usr2) sigsuspend(&old);
    printf("SIGUSR2 from the child: sender is the child %d, child %s\n", sender == pid,
           describe(reap(pid)));
    return 0;
}

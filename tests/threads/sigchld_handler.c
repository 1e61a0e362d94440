/* SIGCHLD: a handler (SA_SIGINFO) reaps children with waitpid(WNOHANG) in a loop
 * while the parent sleeps in sigsuspend; with SIGCHLD ignored, children are reaped
 * by the kernel and wait() ends with ECHILD. (SA_NOCLDWAIT is left out: qemu-riscv64
 * 7.2 does not pass it on, so its children still become zombies.)
 *
 * needs: fork, signals
 */
#include "common.h"

enum { CHILDREN = 6 };

static volatile int reaped, handler_calls, first_code;
static long codes[CHILDREN];

static void on_child(int sig, siginfo_t *si, void *context) {
    (void)sig, (void)context;
    if (handler_calls++ == 0) first_code = si->si_code;
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
        if (reaped < CHILDREN) codes[reaped++] = WEXITSTATUS(status);
}

static void fork_children(int n, int base) {
    fflush(stdout);
    for (int i = 0; i < n; i++) {
        pid_t pid = fork();
        CHECK(pid != -1);
        if (pid == 0) _exit(base + i);
    }
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_child;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIGCHLD, &sa, NULL) == 0);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGCHLD);
    CHECK(sigprocmask(SIG_BLOCK, &block, &old) == 0);
    fork_children(CHILDREN, 1);
    while (reaped < CHILDREN) sigsuspend(&old);
    CHECK(sigprocmask(SIG_SETMASK, &old, NULL) == 0);
    qsort(codes, CHILDREN, sizeof codes[0], cmp_long);
    printf("reaped in the handler:");
    for (int i = 0; i < CHILDREN; i++) printf(" %ld", codes[i]);
    printf("\nhandler ran %s, first si_code CLD_EXITED %d\n",
           handler_calls >= 1 && handler_calls <= CHILDREN ? "1 to 6 times" : "too often or never",
           first_code == CLD_EXITED);

    signal(SIGCHLD, SIG_IGN);
    fork_children(3, 20);
    int status;
    printf("SIG_IGN: wait: %s\n", sysres(wait(&status)));

    signal(SIGCHLD, SIG_DFL);
    fork_children(1, 40);
    printf("default again: wait: %d\n", wait(&status) > 0 ? WEXITSTATUS(status) : -1);
    return 0;
}

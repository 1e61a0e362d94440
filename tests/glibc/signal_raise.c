/* Signals sent to oneself: ignored, blocked then unblocked (delivered), default action. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    printf("ignore SIGUSR1: %d\n", signal(SIGUSR1, SIG_IGN) == SIG_DFL);
    printf("raise ignored: %d\n", raise(SIGUSR1));
    printf("SIGCHLD default is ignore: %d\n", raise(SIGCHLD));
    sigset_t set, old, pending;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    printf("block: %d\n", sigprocmask(SIG_BLOCK, &set, &old));
    printf("kill self while blocked: %d\n", kill(getpid(), SIGTERM));
    sigpending(&pending);
    printf("pending TERM: %d USR1: %d\n", sigismember(&pending, SIGTERM),
           sigismember(&pending, SIGUSR1));
    struct sigaction sa;
    sigaction(SIGTERM, NULL, &sa);
    printf("TERM handler is default: %d\n", sa.sa_handler == SIG_DFL);
    printf("sigaction SIGKILL: %d\n", sigaction(SIGKILL, &sa, NULL));
    printf("kill bad signal: %d\n", kill(getpid(), 99));
    fflush(stdout);
    fprintf(stderr, "unblocking: the pending SIGTERM ends the process\n");
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("not reached\n");
    return 0;
}

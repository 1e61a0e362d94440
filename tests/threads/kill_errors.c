/* kill's answers: signal 0 probes a process without touching it - a running child, a
 * zombie (exited, not yet waited for: still there) and a reaped one (gone, ESRCH);
 * an invalid signal number is EINVAL.
 *
 * needs: fork, signals
 */
#include "common.h"

int main(void) {
    printf("kill(self, 0): %s\n", sysres(kill(getpid(), 0)));
    printf("kill(self, 65): %s\n", sysres(kill(getpid(), 65)));
    printf("kill(self, -1): %s\n", sysres(kill(getpid(), -1)));
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) _exit(4);
    siginfo_t si;
    CHECK(waitid(P_PID, pid, &si, WEXITED | WNOWAIT) == 0);
    printf("kill(zombie, 0): %s\n", sysres(kill(pid, 0)));
    printf("kill(zombie, SIGKILL): %s\n", sysres(kill(pid, SIGKILL)));
    printf("the zombie still %s\n", describe(reap(pid)));
    printf("kill(reaped, 0): %s\n", sysres(kill(pid, 0)));
    printf("kill(reaped, SIGTERM): %s\n", sysres(kill(pid, SIGTERM)));
    return 0;
}

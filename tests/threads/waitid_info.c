/* waitid: the siginfo it fills for an exited and for a killed child, WNOWAIT leaving
 * the child waitable, P_ALL, and the errors for bad arguments.
 *
 * needs: fork
 */
#include "common.h"

static pid_t child_that(int code) {
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        if (code < 0) kill(getpid(), -code);
        _exit(code);
    }
    return pid;
}

static void show(const char *what, pid_t pid, const siginfo_t *si) {
    const char *code = si->si_code == CLD_EXITED   ? "CLD_EXITED"
                       : si->si_code == CLD_KILLED ? "CLD_KILLED"
                       : si->si_code == CLD_DUMPED ? "CLD_DUMPED"
                                                   : "other";
    printf("%s: signo %s, code %s, status %d, pid matches %d\n", what,
           si->si_signo == SIGCHLD ? "SIGCHLD" : "other", code, si->si_status, si->si_pid == pid);
}

int main(void) {
    siginfo_t si;
    pid_t pid = child_that(17);
    memset(&si, 0, sizeof si);
    CHECK(waitid(P_PID, pid, &si, WEXITED) == 0);
    show("exit(17)", pid, &si);

    pid = child_that(-SIGKILL);
    memset(&si, 0, sizeof si);
    CHECK(waitid(P_PID, pid, &si, WEXITED | WNOWAIT) == 0);
    show("SIGKILL, WNOWAIT", pid, &si);
    memset(&si, 0, sizeof si);
    CHECK(waitid(P_ALL, 0, &si, WEXITED) == 0);
    show("the same child again by P_ALL", pid, &si);

    pid = child_that(3);
    CHECK(waitid(P_PID, pid, &si, WEXITED | WNOWAIT) == 0);
    printf("waitpid after WNOWAIT: %s\n", describe(reap(pid)));

    printf("no children: %s\n", sysres(waitid(P_ALL, 0, &si, WEXITED)));
    printf("no event flags: %s\n", sysres(waitid(P_ALL, 0, &si, 0)));
    printf("bad idtype: %s\n", sysres(waitid((idtype_t)42, 0, &si, WEXITED)));
    return 0;
}

/* Job control between processes: SIGSTOP stops a child (waitpid WUNTRACED reports
 * it), SIGCONT resumes it (WCONTINUED), and a stopped child still dies of SIGKILL.
 *
 * needs: fork, pipes, signals
 */
#include "common.h"

int main(void) {
    int p[2];
    CHECK(pipe(p) == 0);
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        close(p[1]);
        char byte;
        while (read(p[0], &byte, 1) == 1) continue;
        _exit(3);
    }
    close(p[0]);
    int status;
    CHECK(kill(pid, SIGSTOP) == 0);
    CHECK(waitpid(pid, &status, WUNTRACED) == pid);
    printf("after SIGSTOP: %s\n", describe(status));
    printf("WNOHANG while stopped: %d\n", (int)waitpid(pid, &status, WNOHANG | WUNTRACED));
    CHECK(kill(pid, SIGCONT) == 0);
    CHECK(waitpid(pid, &status, WCONTINUED) == pid);
    printf("after SIGCONT: continued %d\n", WIFCONTINUED(status) != 0);
    CHECK(kill(pid, SIGSTOP) == 0);
    CHECK(waitpid(pid, &status, WUNTRACED) == pid);
    printf("stopped again: %s\n", describe(status));
    CHECK(kill(pid, SIGKILL) == 0);
    printf("SIGKILL while stopped: %s\n", describe(reap(pid)));

    fflush(stdout);
    pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        raise(SIGSTOP);
        _exit(8);
    }
    CHECK(waitpid(pid, &status, WUNTRACED) == pid);
    printf("a child that stops itself: %s\n", describe(status));
    CHECK(kill(pid, SIGCONT) == 0);
    printf("continued, it %s\n", describe(reap(pid)));
    close(p[1]);
    return 0;
}

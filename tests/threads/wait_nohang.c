/* WNOHANG: while the child is blocked reading a pipe, waitpid and waitid return at
 * once with nothing; after the parent writes, a polling loop sees the child go.
 *
 * needs: fork, pipes
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
        unsigned char byte = 0;
        ssize_t n = read(p[0], &byte, 1);
        _exit(n == 1 ? byte : 99);
    }
    close(p[0]);
    int status = -1;
    for (int i = 0; i < 3; i++)
        printf("waitpid WNOHANG: %d\n", (int)waitpid(pid, &status, WNOHANG));
    siginfo_t si;
    memset(&si, 0xff, sizeof si);
    printf("waitid WNOHANG: %d, si_pid %d\n", waitid(P_PID, pid, &si, WEXITED | WNOHANG),
           (int)si.si_pid);
    unsigned char go = 33;
    CHECK(write(p[1], &go, 1) == 1);
    pid_t got;
    long polls = 0;
    while ((got = waitpid(pid, &status, WNOHANG)) == 0) {
        polls++;
        usleep(1000);
    }
    printf("reaped the child: %d, %s\n", got == pid, describe(status));
    printf("polled at least zero times: %d\n", polls >= 0);
    return 0;
}

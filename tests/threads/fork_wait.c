/* fork and wait: fork returns 0 in the child and the child's pid in the parent; the
 * child has a new pid and the parent as its parent; waitpid for given children in
 * any order, wait for whichever ends, ECHILD once there are none.
 *
 * needs: fork
 */
#include "common.h"

enum { CHILDREN = 5 };

int main(void) {
    pid_t parent = getpid();
    pid_t kids[CHILDREN];
    for (int i = 0; i < CHILDREN; i++) {
        pid_t pid = fork();
        CHECK(pid != -1);
        if (pid == 0) {
            int ok = getpid() != parent && getppid() == parent;
            _exit(ok ? 10 * i + 1 : 99);
        }
        kids[i] = pid;
    }
    int distinct = 1;
    for (int i = 0; i < CHILDREN; i++)
        for (int j = 0; j < i; j++) distinct &= kids[i] != kids[j] && kids[i] != parent;
    printf("distinct child pids: %d\n", distinct);
    for (int i = CHILDREN - 1; i >= 0; i--) printf("child %d: %s\n", i, describe(reap(kids[i])));

    long statuses[CHILDREN];
    fflush(stdout);
    for (int i = 0; i < CHILDREN; i++) {
        pid_t pid = fork();
        CHECK(pid != -1);
        if (pid == 0) exit(100 + i);
        kids[i] = pid;
    }
    for (int i = 0; i < CHILDREN; i++) {
        int status;
        pid_t got = wait(&status);
        int known = 0;
        for (int j = 0; j < CHILDREN; j++) known |= got == kids[j];
        CHECK(known);
        statuses[i] = WEXITSTATUS(status);
    }
    qsort(statuses, CHILDREN, sizeof statuses[0], cmp_long);
    printf("wait() collected:");
    for (int i = 0; i < CHILDREN; i++) printf(" %ld", statuses[i]);
    printf("\n");
    int status;
    printf("wait with no children: %s\n", sysres(wait(&status)));
    printf("waitpid(-1, WNOHANG) with no children: %s\n", sysres(waitpid(-1, &status, WNOHANG)));
    printf("waitpid for a reaped child: %s\n", sysres(waitpid(kids[0], &status, 0)));
    printf("waitpid for ourselves: %s\n", sysres(waitpid(getpid(), &status, 0)));
    printf("waitpid with bad options: %s\n", sysres(waitpid(-1, &status, 0x40000)));
    return 0;
}

/* Process groups and sessions: a child makes itself a group leader (setpgid), a second
 * child joins that group, one kill(-pgid, SIGTERM) ends both; getpgid, setsid making
 * a new session, and the errors for bad requests.
 *
 * needs: fork, pipes, signals
 */
#include "common.h"

static pid_t member(pid_t group, int ready_fd) {
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        CHECK(setpgid(0, group) == 0);
        CHECK(write(ready_fd, "r", 1) == 1);
        for (;;) pause();
    }
    setpgid(pid, group ? group : pid); /* either side may win; both set the same */
    return pid;
}

int main(void) {
    pid_t mine = getpgrp();
    printf("getpgid(0) is getpgrp: %d\n", getpgid(0) == mine);
    int p[2];
    CHECK(pipe(p) == 0);
    pid_t leader = member(0, p[1]);
    pid_t other = member(leader, p[1]);
    char buf[2];
    CHECK(read(p[0], buf, 2) == 2 || read(p[0], buf + 1, 1) == 1);
    printf("leader's group is its pid: %d\n", getpgid(leader) == leader);
    printf("other joined it: %d\n", getpgid(other) == leader);
    printf("our group is unchanged: %d\n", getpgrp() == mine);
    CHECK(leader > 1 && leader != mine);
    CHECK(kill(-leader, SIGTERM) == 0);
    printf("leader %s\n", describe(reap(leader)));
    printf("other %s\n", describe(reap(other)));
    printf("kill of the empty group: %s\n", sysres(kill(-leader, SIGTERM)));

    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        pid_t sid = setsid();
        int ok = sid == getpid() && getsid(0) == sid && getpgrp() == sid;
        int again = setsid() == -1 && errno == EPERM;
        _exit(ok + 2 * again);
    }
    int status = reap(pid);
    printf("setsid in a child: new session %d, second setsid EPERM %d\n", WEXITSTATUS(status) & 1,
           WEXITSTATUS(status) >> 1);
    printf("getpgid of no such process: %s\n", sysres(getpgid(pid)));
    printf("setpgid with a negative group: %s\n", sysres(setpgid(0, -1)));
    return 0;
}

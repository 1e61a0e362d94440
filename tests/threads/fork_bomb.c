/* A fork bomb, for a kernel with a process limit (groundup run --max-procs N):
 *
 *   flat     fork children that wait on a pipe until fork fails; print the errno and
 *            how many were made, then release and reap them all.
 *   chain    each process forks one child and waits for it; the deepest one finds
 *            the limit; the depth reached comes back through the exit statuses.
 *   forever  every process forks in a loop that never ends, ignoring failures: the
 *            guest never exits, so the host must stay in control (tests interrupt it).
 *
 * Not for qemu-riscv64 (the host's own limit would be tested, if any).
 *
 * needs: fork, pipes
 * suite: hostile
 * qemu: no
 */
#include "common.h"

static int flat(void) {
    int p[2];
    CHECK(pipe(p) == 0);
    long made = 0;
    pid_t pid;
    fflush(stdout);
    while ((pid = fork()) > 0) made++;
    if (pid == 0) {
        close(p[1]);
        char byte;
        while (read(p[0], &byte, 1) > 0) continue;
        _exit(0);
    }
    int e = errno;
    close(p[1]);
    printf("flat: fork failed with %s after %ld children\n", errname(e), made);
    long reaped = 0;
    int status;
    while (wait(&status) > 0) reaped += WIFEXITED(status) && WEXITSTATUS(status) == 0;
    printf("flat: reaped %ld, then wait says %s\n", reaped, errname(errno));
    return 0;
}

/* Exits with the number of processes from here to the end of the chain, or with 200
 * if a fork failed with anything but EAGAIN. */
static void chain(void) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid == -1) _exit(errno == EAGAIN ? 1 : 200);
    if (pid == 0) chain();
    int status = reap(pid);
    CHECK(WIFEXITED(status));
    _exit(WEXITSTATUS(status) >= 200 ? 200 : WEXITSTATUS(status) + 1);
}

static int forever(void) {
    printf("forever: forking without end\n");
    fflush(stdout);
    for (;;) fork();
}

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "flat";
    if (strcmp(mode, "chain") == 0) {
        fflush(stdout);
        pid_t pid = fork();
        CHECK(pid != -1);
        if (pid == 0) chain();
        int status = reap(pid);
        if (WEXITSTATUS(status) >= 200)
            printf("chain: fork failed with an error other than EAGAIN\n");
        else
            printf("chain: fork failed with EAGAIN; processes in the chain: %d\n",
                   WEXITSTATUS(status));
        return 0;
    }
    if (strcmp(mode, "forever") == 0) return forever();
    return flat();
}

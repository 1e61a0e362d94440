/* Writing to a pipe nobody reads: by default SIGPIPE kills the writer; ignored, the
 * write fails with EPIPE; with a handler, the handler runs and then EPIPE.
 *
 * needs: fork, pipes, signals
 */
#include "common.h"

static volatile sig_atomic_t caught;

static void handler(int sig) { caught = sig; }

static int writer(int mode) {
    int p[2];
    CHECK(pipe(p) == 0);
    close(p[0]);
    if (mode == 1) signal(SIGPIPE, SIG_IGN);
    if (mode == 2) signal(SIGPIPE, handler);
    ssize_t n = write(p[1], "x", 1);
    int e = errno;
    printf("  write -> %zd %s, handler saw SIGPIPE %d\n", n, n < 0 ? errname(e) : "",
           caught == SIGPIPE);
    return 0;
}

int main(void) {
    const char *modes[] = {"default", "ignored", "handled"};
    for (int mode = 0; mode < 3; mode++) {
        printf("SIGPIPE %s:\n", modes[mode]);
        fflush(stdout);
        pid_t pid = fork();
        CHECK(pid != -1);
        if (pid == 0) exit(writer(mode));
        printf("  the writer %s\n", describe(reap(pid)));
    }
    return 0;
}

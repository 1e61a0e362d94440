/* Orphans: a child forks a grandchild and exits as soon as the grandchild has seen
 * it as its parent; the grandchild outlives it, is reparented (getppid no longer
 * names the dead parent), and reports through a pipe, which the original process
 * reads to end of file.
 *
 * needs: fork, pipes
 */
#include "common.h"

int main(void) {
    int p[2], checked[2];
    CHECK(pipe(p) == 0 && pipe(checked) == 0);
    fflush(stdout);
    pid_t child = fork();
    CHECK(child != -1);
    if (child == 0) {
        close(p[0]);
        pid_t me = getpid();
        pid_t grandchild = fork();
        CHECK(grandchild != -1);
        if (grandchild == 0) {
            int was_child = getppid() == me;
            CHECK(write(checked[1], "!", 1) == 1);
            int polls = 0;
            while (getppid() == me && polls < 10000) {
                usleep(1000);
                polls++;
            }
            char msg[80];
            int n = snprintf(msg, sizeof msg, "grandchild: first parent %d, reparented %d\n",
                             was_child, getppid() != me);
            CHECK(write(p[1], msg, (size_t)n) == n);
            _exit(0);
        }
        char byte;
        CHECK(read(checked[0], &byte, 1) == 1);
        _exit(5);
    }
    close(p[1]);
    printf("child: %s\n", describe(reap(child)));
    fflush(stdout);
    char buf[256];
    ssize_t n, total = 0;
    while ((n = read(p[0], buf + total, sizeof buf - 1 - (size_t)total)) > 0) total += n;
    CHECK(n == 0);
    buf[total] = 0;
    printf("%s", buf);
    printf("end of file once the grandchild is gone\n");
    return 0;
}

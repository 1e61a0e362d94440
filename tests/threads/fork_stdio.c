/* What fork copies besides memory: a stdio buffer not yet flushed is printed by both
 * processes; descriptors are shared with their file offset, so the child's writes
 * move the parent's position.
 *
 * needs: fork
 */
#include "common.h"

#include <fcntl.h>

int main(void) {
    printf("flushed before fork\n");
    fflush(stdout);
    printf("buffered before fork, ");
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        printf("then the child\n");
        exit(0);
    }
    reap(pid);
    printf("then the parent\n");
    fflush(stdout);

    char name[] = "/tmp/groundup-fork-XXXXXX";
    int fd = mkstemp(name);
    CHECK(fd >= 0);
    unlink(name);
    CHECK(write(fd, "parent1 ", 8) == 8);
    pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        CHECK(write(fd, "child ", 6) == 6);
        _exit(0);
    }
    reap(pid);
    CHECK(write(fd, "parent2", 7) == 7);
    printf("offset after both: %ld\n", (long)lseek(fd, 0, SEEK_CUR));
    char buf[64] = {0};
    CHECK(pread(fd, buf, sizeof buf - 1, 0) == 21);
    printf("file: %s\n", buf);

    int flags = fcntl(fd, F_GETFL);
    pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        fcntl(fd, F_SETFL, flags | O_APPEND);
        _exit(0);
    }
    reap(pid);
    printf("the child's F_SETFL O_APPEND shows in the parent: %d\n",
           (fcntl(fd, F_GETFL) & O_APPEND) != 0);
    pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        close(fd);
        _exit(0);
    }
    reap(pid);
    printf("the child's close leaves ours open: %d\n", fcntl(fd, F_GETFD) != -1);
    return 0;
}

/* dup, dup2, fcntl(F_GETFL/F_DUPFD), fileno, and writing through duplicates. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    char path[256];
    snprintf(path, sizeof path, "%s/dup.txt", argc > 1 ? argv[1] : ".");
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    int d = dup(fd);
    printf("fd=%d dup=%d\n", fd, d);
    write(fd, "hello ", 6);
    write(d, "world\n", 6);
    printf("shared offset: %lld\n", (long long)lseek(d, 0, SEEK_CUR));
    int d2 = dup2(fd, 10);
    printf("dup2 -> %d\n", d2);
    int fl = fcntl(fd, F_GETFL);
    printf("accmode rdwr=%d\n", (fl & O_ACCMODE) == O_RDWR);
    int d3 = fcntl(fd, F_DUPFD, 20);
    printf("F_DUPFD >= 20 -> %d\n", d3);
    printf("cloexec %d\n", fcntl(fd, F_GETFD));
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    printf("cloexec %d\n", fcntl(fd, F_GETFD));
    close(fd);
    close(d);
    lseek(10, 0, SEEK_SET);
    char buf[32] = {0};
    printf("read via 10: %zd [%s]", read(10, buf, sizeof buf - 1), buf);
    close(10);
    close(d3);
    int saved = dup(1);
    fflush(stdout);
    int out = open(path, O_WRONLY | O_TRUNC);
    dup2(out, 1);
    printf("this goes to the file\n");
    fflush(stdout);
    dup2(saved, 1);
    close(out);
    FILE *f = fopen(path, "r");
    fgets(buf, sizeof buf, f);
    fclose(f);
    printf("file says: %s", buf);
    printf("fileno(stdin)=%d fileno(stderr)=%d\n", fileno(stdin), fileno(stderr));
    unlink(path);
    return 0;
}

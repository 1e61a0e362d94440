/* Failing file operations report the errno a Linux kernel gives. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void report(const char *what, int r) {
    printf("%-28s -> %d %s\n", what, r, r < 0 ? strerror(errno) : "");
    errno = 0;
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : ".";
    char p[256], q[256];
    snprintf(p, sizeof p, "%s/does-not-exist", dir);
    report("open missing", open(p, O_RDONLY));
    snprintf(p, sizeof p, "%s/missing-dir/file", dir);
    report("create in missing dir", open(p, O_WRONLY | O_CREAT, 0644));
    report("open dir for writing", open(dir, O_WRONLY));
    snprintf(p, sizeof p, "%s/plain", dir);
    int fd = open(p, O_WRONLY | O_CREAT | O_EXCL, 0600);
    report("create plain", fd < 0 ? fd : 0);
    report("create plain again EXCL", open(p, O_WRONLY | O_CREAT | O_EXCL, 0600));
    report("write", (int)write(fd, "data", 4));
    report("read from write-only", (int)read(fd, q, 1));
    close(fd);
    snprintf(q, sizeof q, "%s/plain/child", dir);
    report("open through a file", open(q, O_RDONLY));
    report("mkdir over file", mkdir(p, 0755));
    report("rmdir a file", rmdir(p));
    report("unlink a directory", unlink(dir));
    report("close bad fd", close(-1));
    report("close unopened fd", close(99));
    report("dup bad fd", dup(1234));
    report("lseek on closed", (int)lseek(77, 0, SEEK_SET));
    struct stat st;
    report("stat missing", stat("/definitely/not/here", &st));
    report("stat empty path", stat("", &st));
    report("unlink plain", unlink(p));
    report("chdir missing", chdir("/no/such/dir"));
    return 0;
}

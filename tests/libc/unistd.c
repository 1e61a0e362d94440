/* unistd.h, fcntl.h, sys/stat.h, sys/mman.h: the system-call wrappers and errno. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
    const char *name = "libc_unistd_test.txt";
    int fd = open(name, O_CREAT | O_TRUNC | O_RDWR, 0644);
    printf("open %d\n", fd >= 3);
    printf("write %zd\n", write(fd, "hello, unistd\n", 14));
    printf("lseek %ld\n", (long)lseek(fd, 7, SEEK_SET));
    char buf[32] = {0};
    printf("read %zd [%s]\n", read(fd, buf, sizeof buf - 1), buf);
    printf("pread %zd [%.5s]\n", pread(fd, buf, 5, 0), buf);
    struct stat st;
    printf("fstat %d size %ld reg %d\n", fstat(fd, &st), (long)st.st_size, S_ISREG(st.st_mode));
    printf("stat %d size %ld\n", stat(name, &st), (long)st.st_size);
    int fd2 = dup(fd);
    printf("dup %d\n", fd2 > fd);
    printf("close %d %d\n", close(fd), close(fd2));
    errno = 0;
    printf("close again %d errno %d\n", close(fd), errno);
    errno = 0;
    printf("open missing %d errno %d\n", open("no/such/file", O_RDONLY), errno);
    printf("access %d %d\n", access(name, R_OK), access("missing", F_OK));
    printf("unlink %d %d errno %d\n", unlink(name), unlink(name), errno);
    printf("mkdir %d rmdir %d\n", mkdir("libc_unistd_dir", 0755), rmdir("libc_unistd_dir"));
    char cwd[4096];
    printf("getcwd %d\n", getcwd(cwd, sizeof cwd) == cwd && cwd[0] == '/');
    int fds[2];
    printf("pipe %d\n", pipe(fds));
    printf("pipe write %zd\n", write(fds[1], "through a pipe", 14));
    memset(buf, 0, sizeof buf);
    printf("pipe read %zd [%s]\n", read(fds[0], buf, sizeof buf), buf);
    close(fds[0]);
    close(fds[1]);
    printf("getpid %d getppid %d\n", getpid() > 0, getppid() >= 0);
    printf("uid %d\n", getuid() == geteuid());
    char *brk0 = sbrk(0);
    printf("sbrk grow %d\n", sbrk(4096) == brk0 && sbrk(0) == brk0 + 4096);
    brk0[4095] = 1;
    printf("sbrk shrink %d\n", sbrk(-4096) == brk0 + 4096 && sbrk(0) == brk0);
    char *m = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap %d zero %d\n", m != MAP_FAILED, m[8191]);
    m[0] = 'x';
    printf("munmap %d\n", munmap(m, 8192));
    printf("sysconf pagesize %ld\n", sysconf(_SC_PAGESIZE));
    printf("isatty %d\n", isatty(99));
    return 0;
}

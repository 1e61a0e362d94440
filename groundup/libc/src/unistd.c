/* The POSIX wrappers: each is one system call, its -errno turned into errno and -1. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#include "libc.h"
#include "syscall.h"

ssize_t read(int fd, void *buf, size_t n) { return SYSCALL3(SYS_read, fd, buf, n); }
ssize_t write(int fd, const void *buf, size_t n) { return SYSCALL3(SYS_write, fd, buf, n); }
ssize_t pread(int fd, void *buf, size_t n, off_t off) {
    return SYSCALL4(SYS_pread64, fd, buf, n, off);
}
ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
    return SYSCALL4(SYS_pwrite64, fd, buf, n, off);
}
ssize_t readv(int fd, const struct iovec *iov, int count) {
    return SYSCALL3(SYS_readv, fd, iov, count);
}
ssize_t writev(int fd, const struct iovec *iov, int count) {
    return SYSCALL3(SYS_writev, fd, iov, count);
}
int close(int fd) { return (int)SYSCALL1(SYS_close, fd); }
off_t lseek(int fd, off_t off, int whence) { return SYSCALL3(SYS_lseek, fd, off, whence); }
int dup(int fd) { return (int)SYSCALL1(SYS_dup, fd); }
int dup3(int fd, int to, int flags) { return (int)SYSCALL3(SYS_dup3, fd, to, flags); }
int dup2(int fd, int to) {
    if (fd == to) {
        long r = SYSCALL3(SYS_fcntl, fd, F_GETFD, 0);
        return r < 0 ? -1 : fd;
    }
    return dup3(fd, to, 0);
}
int pipe2(int fds[2], int flags) { return (int)SYSCALL2(SYS_pipe2, fds, flags); }
int pipe(int fds[2]) { return pipe2(fds, 0); }
pid_t getpid(void) { return (pid_t)__syscall0(SYS_getpid); }
pid_t getppid(void) { return (pid_t)__syscall0(SYS_getppid); }
pid_t gettid(void) { return (pid_t)__syscall0(SYS_gettid); }
uid_t getuid(void) { return (uid_t)__syscall0(SYS_getuid); }
uid_t geteuid(void) { return (uid_t)__syscall0(SYS_geteuid); }
gid_t getgid(void) { return (gid_t)__syscall0(SYS_getgid); }
gid_t getegid(void) { return (gid_t)__syscall0(SYS_getegid); }

int open(const char *path, int flags, ...) {
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    return (int)SYSCALL4(SYS_openat, AT_FDCWD, path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...) {
    mode_t mode = 0;
    if (flags & (O_CREAT | O_TMPFILE)) {
        va_list ap;
        va_start(ap, flags);
        mode = va_arg(ap, mode_t);
        va_end(ap);
    }
    return (int)SYSCALL4(SYS_openat, dirfd, path, flags, mode);
}

int creat(const char *path, mode_t mode) { return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode); }

int fcntl(int fd, int cmd, ...) {
    va_list ap;
    va_start(ap, cmd);
    long arg = va_arg(ap, long);
    va_end(ap);
    return (int)SYSCALL3(SYS_fcntl, fd, cmd, arg);
}

/* brk: the kernel returns the new break, or the old one when it refuses. */
static unsigned long current_brk;

int brk(void *addr) {
    unsigned long r = (unsigned long)__syscall1(SYS_brk, addr);
    current_brk = r;
    if (r < (unsigned long)addr) {
        errno = ENOMEM;
        return -1;
    }
    return 0;
}

void *sbrk(long increment) {
    if (current_brk == 0)
        current_brk = (unsigned long)__syscall1(SYS_brk, 0);
    unsigned long old = current_brk;
    if (increment == 0)
        return (void *)old;
    if (brk((void *)(old + increment)) < 0)
        return (void *)-1;
    return (void *)old;
}

int unlink(const char *path) { return (int)SYSCALL3(SYS_unlinkat, AT_FDCWD, path, 0); }
int rmdir(const char *path) { return (int)SYSCALL3(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR); }
int access(const char *path, int mode) {
    return (int)SYSCALL4(SYS_faccessat, AT_FDCWD, path, mode, 0);
}
int chdir(const char *path) { return (int)SYSCALL1(SYS_chdir, path); }
char *getcwd(char *buf, size_t n) {
    long r = SYSCALL2(SYS_getcwd, buf, n);
    return r < 0 ? (char *)0 : buf;
}
int fsync(int fd) { return (int)SYSCALL1(SYS_fsync, fd); }
int ftruncate(int fd, off_t len) { return (int)SYSCALL2(SYS_ftruncate, fd, len); }
int truncate(const char *path, off_t len) {
    int fd = open(path, O_WRONLY);
    if (fd < 0)
        return -1;
    int r = ftruncate(fd, len);
    close(fd);
    return r;
}
ssize_t readlink(const char *path, char *buf, size_t n) {
    return SYSCALL4(SYS_readlinkat, AT_FDCWD, path, buf, n);
}
int symlink(const char *target, const char *path) {
    return (int)SYSCALL3(SYS_symlinkat, target, AT_FDCWD, path);
}
int link(const char *from, const char *to) {
    return (int)SYSCALL5(SYS_linkat, AT_FDCWD, from, AT_FDCWD, to, 0);
}
int isatty(int fd) {
    char termios[64];
    return SYSCALL3(SYS_ioctl, fd, 0x5401 /* TCGETS */, termios) == 0;
}

int nanosleep(const struct timespec *req, struct timespec *rem) {
    return (int)SYSCALL2(SYS_nanosleep, req, rem);
}
unsigned sleep(unsigned seconds) {
    struct timespec ts = {(time_t)seconds, 0};
    if (nanosleep(&ts, &ts) < 0)
        return (unsigned)ts.tv_sec;
    return 0;
}
int usleep(useconds_t usec) {
    struct timespec ts = {(time_t)(usec / 1000000), (long)(usec % 1000000) * 1000};
    return nanosleep(&ts, 0);
}

long sysconf(int name) {
    switch (name) {
    case _SC_PAGESIZE:
        return (long)__auxv_pagesz;
    case _SC_CLK_TCK:
        return 100;
    case _SC_NPROCESSORS_CONF:
    case _SC_NPROCESSORS_ONLN:
        return 1;
    case _SC_OPEN_MAX:
        return 1024;
    default:
        errno = EINVAL;
        return -1;
    }
}
int getpagesize(void) { return (int)__auxv_pagesz; }

pid_t fork(void) { return (pid_t)SYSCALL5(SYS_clone, 17 /* SIGCHLD */, 0, 0, 0, 0); }
int execve(const char *path, char *const argv[], char *const envp[]) {
    return (int)SYSCALL3(SYS_execve, path, argv, envp);
}
int execv(const char *path, char *const argv[]) { return execve(path, argv, environ); }

long syscall(long number, ...) {
    va_list ap;
    va_start(ap, number);
    long a = va_arg(ap, long), b = va_arg(ap, long), c = va_arg(ap, long);
    long d = va_arg(ap, long), e = va_arg(ap, long), f = va_arg(ap, long);
    va_end(ap);
    return __syscall_ret(__syscall6(number, a, b, c, d, e, f));
}

/* sys/stat.h */
int fstatat(int dirfd, const char *path, struct stat *st, int flags) {
    return (int)SYSCALL4(SYS_newfstatat, dirfd, path, st, flags);
}
int stat(const char *path, struct stat *st) { return fstatat(AT_FDCWD, path, st, 0); }
int lstat(const char *path, struct stat *st) {
    return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}
int fstat(int fd, struct stat *st) { return (int)SYSCALL2(SYS_fstat, fd, st); }
int mkdir(const char *path, mode_t mode) { return (int)SYSCALL3(SYS_mkdirat, AT_FDCWD, path, mode); }
int chmod(const char *path, mode_t mode) {
    return (int)SYSCALL4(SYS_fchmodat, AT_FDCWD, path, mode, 0);
}
int fchmod(int fd, mode_t mode) { return (int)SYSCALL2(SYS_fchmod, fd, mode); }
mode_t umask(mode_t mask) { return (mode_t)__syscall1(SYS_umask, mask); }

/* sys/mman.h */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
    return (void *)SYSCALL6(SYS_mmap, addr, len, prot, flags, fd, off);
}
int munmap(void *addr, size_t len) { return (int)SYSCALL2(SYS_munmap, addr, len); }
int mprotect(void *addr, size_t len, int prot) {
    return (int)SYSCALL3(SYS_mprotect, addr, len, prot);
}
void *mremap(void *old, size_t old_len, size_t new_len, int flags, ...) {
    va_list ap;
    va_start(ap, flags);
    void *to = (flags & MREMAP_FIXED) ? va_arg(ap, void *) : 0;
    va_end(ap);
    return (void *)SYSCALL5(SYS_mremap, old, old_len, new_len, flags, to);
}
int msync(void *addr, size_t len, int flags) { return (int)SYSCALL3(SYS_msync, addr, len, flags); }
int madvise(void *addr, size_t len, int advice) {
    return (int)SYSCALL3(SYS_madvise, addr, len, advice);
}

/* time.h's system calls */
int clock_gettime(clockid_t clock, struct timespec *ts) {
    return (int)SYSCALL2(SYS_clock_gettime, clock, ts);
}
int clock_getres(clockid_t clock, struct timespec *ts) {
    return (int)SYSCALL2(SYS_clock_getres, clock, ts);
}

/* sys/wait.h */
pid_t waitpid(pid_t pid, int *status, int options) {
    return (pid_t)SYSCALL4(SYS_wait4, pid, status, options, 0);
}
pid_t wait(int *status) { return waitpid(-1, status, 0); }

/* mkstemp: "XXXXXX" at the end of the template becomes letters until O_EXCL succeeds. */
int mkstemp(char *template) {
    size_t n = 0;
    while (template[n])
        n++;
    if (n < 6) {
        errno = EINVAL;
        return -1;
    }
    char *x = template + n - 6;
    for (int i = 0; i < 6; i++)
        if (x[i] != 'X') {
            errno = EINVAL;
            return -1;
        }
    unsigned long v = (unsigned long)__syscall0(SYS_getpid) * 2654435761u;
    for (int attempt = 0; attempt < 1000; attempt++) {
        unsigned long w = v + (unsigned long)attempt * 7919;
        for (int i = 0; i < 6; i++, w /= 52)
            x[i] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[w % 52];
        int fd = open(template, O_RDWR | O_CREAT | O_EXCL, 0600);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

/* sys/time.h, sys/utsname.h, poll.h */
#include <poll.h>
#include <sys/time.h>
#include <sys/utsname.h>

int gettimeofday(struct timeval *restrict tv, void *restrict tz) {
    (void)tz;
    struct timespec ts;
    if (tv == 0)
        return 0;
    if (clock_gettime(CLOCK_REALTIME, &ts) < 0)
        return -1;
    tv->tv_sec = ts.tv_sec;
    tv->tv_usec = ts.tv_nsec / 1000;
    return 0;
}

int setitimer(int which, const struct itimerval *restrict value, struct itimerval *restrict old) {
    return (int)SYSCALL3(103, which, value, old);
}

int getitimer(int which, struct itimerval *value) { return (int)SYSCALL2(102, which, value); }

int uname(struct utsname *u) { return (int)SYSCALL1(SYS_uname, u); }

int poll(struct pollfd *fds, nfds_t n, int timeout_ms) {
    struct timespec ts, *tp = 0;
    if (timeout_ms >= 0) {
        ts.tv_sec = timeout_ms / 1000;
        ts.tv_nsec = (long)(timeout_ms % 1000) * 1000000;
        tp = &ts;
    }
    return (int)SYSCALL5(73 /* ppoll */, fds, n, tp, 0, 8);
}

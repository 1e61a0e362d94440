/* unistd.h: POSIX, the calls groundup's kernel has. */
#ifndef _UNISTD_H
#define _UNISTD_H
#include <_gu_cdefs.h>
#include <sys/types.h>
#ifndef NULL
#define NULL ((void *)0)
#endif
#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_CLK_TCK 2
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_OPEN_MAX 4
__BEGIN_DECLS
extern char **environ;
ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
ssize_t pread(int fd, void *buf, size_t n, off_t off);
ssize_t pwrite(int fd, const void *buf, size_t n, off_t off);
int close(int fd);
off_t lseek(int fd, off_t off, int whence);
int dup(int fd);
int dup2(int fd, int to);
int dup3(int fd, int to, int flags);
int pipe(int fds[2]);
int pipe2(int fds[2], int flags);
pid_t getpid(void);
pid_t getppid(void);
pid_t gettid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int brk(void *addr);
void *sbrk(long increment);
int unlink(const char *path);
int rmdir(const char *path);
int access(const char *path, int mode);
int chdir(const char *path);
char *getcwd(char *buf, size_t n);
int fsync(int fd);
int ftruncate(int fd, off_t len);
int truncate(const char *path, off_t len);
ssize_t readlink(const char *__gu_restrict path, char *__gu_restrict buf, size_t n);
int symlink(const char *target, const char *path);
int link(const char *from, const char *to);
int isatty(int fd);
unsigned sleep(unsigned seconds);
int usleep(useconds_t usec);
long sysconf(int name);
int getpagesize(void);
pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
__gu_noreturn void _exit(int status);
long syscall(long number, ...);
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *opts);
__END_DECLS
#endif

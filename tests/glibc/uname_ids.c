/* Identity calls whose answers are the same under any Linux: shapes, not host names. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>

int main(void) {
    struct utsname u;
    printf("uname: %d sysname=%s machine=%s\n", uname(&u), u.sysname, u.machine);
    printf("release has dots: %d\n", strchr(u.release, '.') != NULL);
    printf("pid>0 %d ppid>=0 %d tid==pid %d\n", getpid() > 0, getppid() >= 0, gettid() == getpid());
    printf("uid==euid %d gid==egid %d\n", getuid() == geteuid(), getgid() == getegid());
    struct rlimit rl;
    printf("getrlimit stack: %d cur<=max %d\n", getrlimit(RLIMIT_STACK, &rl), rl.rlim_cur <= rl.rlim_max);
    getrlimit(RLIMIT_NOFILE, &rl);
    struct rlimit few = {256, rl.rlim_max};
    printf("setrlimit nofile: %d\n", setrlimit(RLIMIT_NOFILE, &few));
    getrlimit(RLIMIT_NOFILE, &rl);
    printf("now %lu\n", (unsigned long)rl.rlim_cur);
    struct rlimit bad = {10, 5};
    printf("setrlimit cur>max: %d\n", setrlimit(RLIMIT_NOFILE, &bad));
    printf("pagesize %ld\n", sysconf(_SC_PAGESIZE));
    printf("clk_tck %ld\n", sysconf(_SC_CLK_TCK));
    return 0;
}

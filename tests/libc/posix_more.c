/* The rest of stdio.h, time.h, unistd.h, sys/wait.h, sys/mman.h: setbuf, the v*printf
 * and v*scanf families through variadic wrappers, dprintf, the calendar in local time
 * (TZ=UTC0), the sleeps, lstat, chdir, dup2, mprotect, fabs, and processes: fork, waitpid,
 * kill, _Exit, execve. execve's successes cannot be compared: under qemu-riscv64 the
 * host kernel would run the new program, and it cannot run a RISC-V file; so only its
 * errors are. lstat sees a file, a directory and a symbolic link (tests/fs/links.c
 * has the rest of symlink and link). Time is printed as relations, never values. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long file_size(const char *path) {
    struct stat st;
    return stat(path, &st) < 0 ? -1 : (long)st.st_size;
}

static int say(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vprintf(fmt, ap);
    va_end(ap);
    return n;
}

static int say_to(FILE *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vfprintf(f, fmt, ap);
    va_end(ap);
    return n;
}

static int format(char *s, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsprintf(s, fmt, ap);
    va_end(ap);
    return n;
}

static int format_n(char *s, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(s, size, fmt, ap);
    va_end(ap);
    return n;
}

static int scan(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vscanf(fmt, ap);
    va_end(ap);
    return n;
}

static int scan_string(const char *s, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsscanf(s, fmt, ap);
    va_end(ap);
    return n;
}

static int scan_file(FILE *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vfscanf(f, fmt, ap);
    va_end(ap);
    return n;
}

static void printing(void) {
    printf("vprintf %d\n", say("[%5d|%-4s|%.3f]\n", 42, "ab", 2.5));
    printf("vfprintf stderr %d\n", say_to(stderr, "to stderr %x\n", 255));
    char buf[64];
    printf("vsprintf %d [%s]\n", format(buf, "%s-%03d-%c", "id", 7, 'z'), buf);
    memset(buf, '#', sizeof buf);
    int n = format_n(buf, 6, "%s %d", "truncated", 12345);
    printf("vsnprintf %d [%s] after %c\n", n, buf, buf[6]);
    printf("vsnprintf NULL %d\n", format_n(NULL, 0, "%d%d", 123, 4567));
    printf("vsnprintf 1 %d [%s]\n", format_n(buf, 1, "abc"), buf);

    int fds[2];
    pipe(fds);
    printf("dprintf pipe %d\n", dprintf(fds[1], "%d:%s:%.1f", -3, "pipe", 0.25));
    memset(buf, 0, sizeof buf);
    printf("read back %zd [%s]\n", read(fds[0], buf, sizeof buf - 1), buf);
    close(fds[0]);
    close(fds[1]);

    int fd = open("dprintf.txt", O_CREAT | O_TRUNC | O_RDWR, 0644);
    printf("dprintf file %d %d\n", dprintf(fd, "%s %d %ld\n", "numbers", 10, -20L),
           dprintf(fd, "%s\n", "second line"));
    lseek(fd, 0, SEEK_SET);
    memset(buf, 0, sizeof buf);
    printf("file holds %zd [%s]\n", read(fd, buf, sizeof buf - 1), buf);
    close(fd);
    errno = 0;
    printf("dprintf bad fd %d errno %d\n", dprintf(99, "x"), errno);

    FILE *f = fopen("dprintf.txt", "r");
    char word[16], line[16];
    int a = 0;
    long b = 0;
    printf("vfscanf %d [%s] %d %ld\n", scan_file(f, "%15s %d %ld", word, &a, &b), word, a, b);
    printf("vfscanf line %d [%s]\n", scan_file(f, " %15[^\n]", line), line);
    printf("vfscanf end %d feof %d\n", scan_file(f, "%d", &a), feof(f) != 0);
    fclose(f);
}

static void scanning(void) {
    int i = 0, j = 0;
    double d = 0;
    char s[16] = "";
    printf("vsscanf %d %d [%s] %g\n", scan_string("12 abc 3.5", "%d %15s %lf", &i, s, &d), i,
           s, d);
    printf("vsscanf partial %d %d\n", scan_string("7 x", "%d %d", &i, &j), i);
    printf("vsscanf none %d\n", scan_string("x", "%d", &i));
    printf("vsscanf empty %d\n", scan_string("", "%d", &i));
    printf("vsscanf %%n %d %d %d\n", scan_string("0x1f rest", "%i%n", &i, &j), i, j);
    printf("vscanf empty stdin %d feof %d\n", scan("%d", &i), feof(stdin) != 0);
}

static void buffering(void) {
    static char buf[BUFSIZ];
    FILE *f = fopen("setbuf.txt", "w");
    setbuf(f, buf);
    fputs("buffered", f);
    printf("setbuf buf: size %ld in buf %d\n", file_size("setbuf.txt"),
           memcmp(buf, "buffered", 8) == 0);
    fflush(f);
    printf("after fflush %ld\n", file_size("setbuf.txt"));
    fclose(f);

    f = fopen("unbuffered.txt", "w");
    setbuf(f, NULL);
    fputs("at once", f);
    printf("setbuf NULL: size %ld\n", file_size("unbuffered.txt"));
    fputc('!', f);
    printf("after fputc %ld\n", file_size("unbuffered.txt"));
    fclose(f);
}

static void print_tm(const char *what, const struct tm *tm) {
    printf("%s %04d-%02d-%02d %02d:%02d:%02d wday %d yday %d isdst %d gmtoff %ld zone %s\n",
           what, tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
           tm->tm_sec, tm->tm_wday, tm->tm_yday, tm->tm_isdst, tm->tm_gmtoff, tm->tm_zone);
}

static void times(void) {
    clock_t c1 = clock();
    clock_t c2 = clock();
    printf("clock %d %d\n", c1 >= 0, c2 >= c1);
    printf("difftime %g %g %g\n", difftime(10, 3), difftime(3, 10),
           difftime(4102444800, 0));

    setenv("TZ", "UTC0", 1);
    const time_t fixed[] = {0, 951782400, 1700000000, -1, 4102444800, 68169600};
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) {
        struct tm tm = *localtime(&fixed[i]);
        printf("%ld: ", (long)fixed[i]);
        print_tm("local", &tm);
        printf("  mktime back %d\n", mktime(&tm) == fixed[i]);
        struct tm g = *gmtime(&fixed[i]);
        printf("  gmtime same %d zone %s\n",
               g.tm_year == tm.tm_year && g.tm_yday == tm.tm_yday && g.tm_hour == tm.tm_hour
                   && g.tm_sec == tm.tm_sec,
               g.tm_zone);
    }
    struct tm tm = {0};
    tm.tm_year = 121, tm.tm_mon = 0, tm.tm_mday = 32, tm.tm_hour = 25, tm.tm_min = -1;
    tm.tm_sec = 61, tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    printf("mktime normalizes %ld: ", (long)t);
    print_tm("", &tm);
    tm = (struct tm){0};
    tm.tm_year = 100, tm.tm_mon = 13, tm.tm_mday = 0;
    t = mktime(&tm);
    printf("mktime month 13 day 0 %ld: ", (long)t);
    print_tm("", &tm);

    struct timespec req = {0, 1000000}, rem = {7, 7};
    printf("nanosleep %d rem %ld %ld\n", nanosleep(&req, &rem), (long)rem.tv_sec, rem.tv_nsec);
    req.tv_nsec = 1000000000;
    errno = 0;
    printf("nanosleep bad nsec %d errno %d\n", nanosleep(&req, NULL), errno);
    req.tv_sec = -1, req.tv_nsec = 0;
    errno = 0;
    printf("nanosleep negative %d errno %d\n", nanosleep(&req, NULL), errno);
    printf("sleep 0 %u\n", sleep(0));
    printf("usleep 1000 %d\n", usleep(1000));
}

static void files(void) {
    int fd = open("target.txt", O_CREAT | O_TRUNC | O_WRONLY, 0644);
    write(fd, "twelve bytes", 12);
    close(fd);
    struct stat st;
    printf("lstat file %d reg %d size %ld\n", lstat("target.txt", &st), S_ISREG(st.st_mode),
           (long)st.st_size);
    errno = 0;
    printf("lstat below a file %d errno %d\n", lstat("target.txt/x", &st), errno);
    errno = 0;
    printf("lstat missing %d errno %d\n", lstat("missing.txt", &st), errno);
    printf("lstat dir %d dir %d\n", lstat(".", &st), S_ISDIR(st.st_mode));
    printf("symlink %d\n", symlink("target.txt", "link.txt"));
    printf("lstat link %d link %d size %ld\n", lstat("link.txt", &st), S_ISLNK(st.st_mode),
           (long)st.st_size);
    printf("stat through it %d reg %d size %ld\n", stat("link.txt", &st), S_ISREG(st.st_mode),
           (long)st.st_size);
    printf("unlink link %d\n", unlink("link.txt"));

    char home[4096], here[4096];
    getcwd(home, sizeof home);
    printf("mkdir %d\n", mkdir("posix_more_dir", 0755));
    printf("chdir in %d\n", chdir("posix_more_dir"));
    getcwd(here, sizeof here);
    printf("cwd ends %s, parent is home %d\n", strrchr(here, '/') + 1,
           strncmp(here, home, strlen(home)) == 0 && here[strlen(home)] == '/');
    fd = open("inside.txt", O_CREAT | O_WRONLY, 0644);
    close(fd);
    printf("chdir back %d\n", chdir(".."));
    getcwd(here, sizeof here);
    printf("back home %d inside %ld\n", strcmp(here, home) == 0,
           file_size("posix_more_dir/inside.txt"));
    errno = 0;
    printf("chdir missing %d errno %d\n", chdir("no_such_dir"), errno);
    errno = 0;
    printf("chdir file %d errno %d\n", chdir("target.txt"), errno);
}

static void descriptors(void) {
    int fds[2];
    pipe(fds);
    printf("dup2 %d\n", dup2(fds[1], 20));
    printf("write through %zd\n", write(20, "via 20", 6));
    close(20);
    char buf[16] = {0};
    printf("read %zd [%s]\n", read(fds[0], buf, sizeof buf - 1), buf);
    printf("dup2 same %d\n", dup2(fds[0], fds[0]) == fds[0]);
    errno = 0;
    printf("dup2 bad %d errno %d\n", dup2(99, 21), errno);
    close(fds[0]);
    close(fds[1]);

    int a = open("dup_a.txt", O_CREAT | O_TRUNC | O_WRONLY, 0644);
    int b = open("dup_b.txt", O_CREAT | O_TRUNC | O_WRONLY, 0644);
    printf("dup2 over open %d\n", dup2(a, b) == b);
    write(b, "goes to a", 9);
    printf("sizes a %ld b %ld\n", file_size("dup_a.txt"), file_size("dup_b.txt"));
    close(a);
    close(b);

    long page = sysconf(_SC_PAGESIZE);
    char *m = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    m[0] = 'r', m[page] = 'w';
    printf("mprotect read %d\n", mprotect(m, page, PROT_READ));
    printf("still reads %c %c\n", m[0], m[page]);
    m[page + 1] = 'x';
    printf("mprotect rw %d\n", mprotect(m, page, PROT_READ | PROT_WRITE));
    m[1] = 'y';
    printf("writes again %c%c\n", m[0], m[1]);
    errno = 0;
    printf("mprotect unaligned %d errno %d\n", mprotect(m + 1, page, PROT_READ), errno);
    munmap(m, 2 * page);
    errno = 0;
    printf("mprotect unmapped %d errno %d\n", mprotect(m, page, PROT_READ), errno);
}

static void absolute(void) {
    double (*volatile fab)(double) = fabs;
    volatile double mz = -0.0, minf = -INFINITY, mnan = -NAN, x = -3.25;
    printf("fabs %g %g %g %g\n", fabs(mz), fabs(minf), fabs(x), fabs(2.0));
    printf("via pointer %g %g %g\n", fab(mz), fab(minf), fab(x));
    printf("signs %d %d %d %d\n", signbit(mz) != 0, signbit(fab(mz)) != 0,
           signbit(mnan) != 0, signbit(fab(mnan)) != 0);
    printf("nan stays %d inf %d\n", isnan(fab(mnan)) != 0, isinf(fab(minf)) != 0);
}

static void status(const char *what, int st) {
    printf("%s: exited %d status %d signaled %d sig %d\n", what, WIFEXITED(st) != 0,
           WIFEXITED(st) ? WEXITSTATUS(st) : -1, WIFSIGNALED(st) != 0,
           WIFSIGNALED(st) ? WTERMSIG(st) : -1);
}

static void processes(void) {
    pid_t self = getpid();
    fflush(stdout);
    pid_t child = fork();
    if (child == 0) {
        printf("child: parent is %d\n", getppid() == self);
        exit(42);  /* exit flushes this line */
    }
    int st = 0;
    printf("fork %d waitpid %d\n", child > 0, waitpid(child, &st, 0) == child);
    status("exit 42", st);

    fflush(stdout);
    child = fork();
    if (child == 0) {
        FILE *f = fopen("exit_file.txt", "w");
        fputs("never written", f);
        printf("child: never printed\n");  /* stdout is a pipe: fully buffered */
        _Exit(3);
    }
    waitpid(child, &st, 0);
    status("_Exit 3", st);
    printf("buffer dropped: file size %ld\n", file_size("exit_file.txt"));

    int ready[2], hold[2];
    pipe(ready);
    pipe(hold);
    fflush(stdout);
    child = fork();
    if (child == 0) {
        char c;
        write(ready[1], "r", 1);
        read(hold[0], &c, 1);  /* blocks: nobody writes */
        _Exit(0);
    }
    char c = 0;
    printf("child ready %zd %c\n", read(ready[0], &c, 1), c);
    printf("waitpid WNOHANG %d\n", waitpid(child, &st, WNOHANG));
    printf("kill 0 %d\n", kill(child, 0));
    errno = 0;
    printf("kill bad signal %d errno %d\n", kill(child, 999), errno);
    printf("kill SIGTERM %d\n", kill(child, SIGTERM));
    printf("waitpid %d\n", waitpid(child, &st, 0) == child);
    status("SIGTERM", st);
    errno = 0;
    printf("kill reaped %d errno %d\n", kill(child, 0), errno);
    errno = 0;
    printf("waitpid no child %d errno %d\n", waitpid(-1, &st, 0), errno);
    printf("kill self 0 %d\n", kill(getpid(), 0));
    close(ready[0]), close(ready[1]), close(hold[0]), close(hold[1]);
}

static void run(const char *path) {
    char *argv[] = {(char *)path, "again", NULL};
    char *envp[] = {"A=1", NULL};
    errno = 0;
    int r = execve(path, argv, envp);
    printf("execve %s %d errno %d\n", path, r, errno);
}

static void executing(void) {
    run("no_such_program");
    int fd = open("not_executable", O_CREAT | O_TRUNC | O_WRONLY, 0644);
    write(fd, "\177ELF", 4);
    close(fd);
    chmod("not_executable", 0644);
    run("not_executable");
    fd = open("not_a_program", O_CREAT | O_TRUNC | O_WRONLY, 0755);
    write(fd, "just some text\n", 15);
    close(fd);
    chmod("not_a_program", 0755);
    run("not_a_program");
    run("posix_more_dir");
    run("target.txt/below");
}

int main(void) {
    printing();
    scanning();
    buffering();
    times();
    files();
    descriptors();
    absolute();
    processes();
    executing();
    fflush(stdout);
    printf("exiting by _Exit, this line is lost\n");
    _Exit(7);
}

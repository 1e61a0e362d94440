/* What the other programs leave out: getline and getdelim (a buffer that grows, an
 * embedded NUL, a last line without newline, an empty file), freopen (onto another
 * file, stderr onto a file, a missing file), fileno, getchar on an empty stdin, mkstemp,
 * the signal mask (a blocked signal stays pending and is delivered once at unblock),
 * imaxdiv, strtoimax and strtoumax, the PRI and SCN macros of inttypes.h, and
 * quick_exit: its handlers run last registered first, atexit's do not, and stdio is not
 * flushed. mkstemp's names are random: only relations about them are printed. */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void write_file(const char *path, const char *data, size_t n) {
    FILE *f = fopen(path, "w");
    fwrite(data, 1, n, f);
    fclose(f);
}

static void show_line(const char *what, ssize_t len, const char *line, size_t cap) {
    if (len < 0) {
        printf("%s: -1\n", what);
        return;
    }
    size_t shown = strlen(line);
    printf("%s: %zd strlen=%zu cap>len=%d first=%d last=%d", what, len, shown,
           cap > (size_t)len, line[0], len > 0 ? line[len - 1] : -1);
    if (shown < 40)
        printf(" \"%s\"", line);
    printf("\n");
}

static void test_getline(void) {
    char data[400];
    size_t n = 0;
    n += (size_t)sprintf(data + n, "short\n");
    for (int i = 0; i < 300; i++)
        data[n++] = (char)('a' + i % 26); /* longer than any first buffer */
    data[n++] = '\n';
    data[n++] = '\n'; /* an empty line */
    memcpy(data + n, "nul\0inside\n", 11);
    n += 11;
    n += (size_t)sprintf(data + n, "no newline at end");
    write_file("lines.txt", data, n);

    FILE *f = fopen("lines.txt", "r");
    char *line = 0;
    size_t cap = 0;
    ssize_t len;
    int count = 0;
    while ((len = getline(&line, &cap, f)) != -1)
        show_line("getline", len, line, cap), count++;
    printf("getline lines=%d eof=%d error=%d\n", count, feof(f) != 0, ferror(f) != 0);
    len = getline(&line, &cap, f);
    printf("getline again at eof: %zd\n", len);
    fclose(f);

    write_file("fields.txt", "alpha:beta::gamma", 17);
    f = fopen("fields.txt", "r");
    while ((len = getdelim(&line, &cap, ':', f)) != -1)
        show_line("getdelim ':'", len, line, cap);
    fclose(f);

    f = fopen("fields.txt", "r");
    len = getdelim(&line, &cap, 'z', f); /* the delimiter never comes */
    show_line("getdelim 'z'", len, line, cap);
    fclose(f);

    write_file("empty.txt", "", 0);
    f = fopen("empty.txt", "r");
    char *fresh = 0;
    size_t fresh_cap = 0;
    len = getline(&fresh, &fresh_cap, f);
    printf("empty file: %zd eof=%d error=%d\n", len, feof(f) != 0, ferror(f) != 0);
    free(fresh);
    fclose(f);

    f = fopen("lines.txt", "r");
    errno = 0;
    len = getline(0, &cap, f);
    printf("getline(NULL line): %zd %s\n", len, strerror(errno));
    errno = 0;
    len = getdelim(&line, 0, '\n', f);
    printf("getdelim(NULL size): %zd %s\n", len, strerror(errno));
    fclose(f);

    char *small = malloc(4);
    size_t small_cap = 4; /* a caller's own buffer, too small: realloc'd */
    f = fopen("lines.txt", "r");
    getline(&small, &small_cap, f);
    len = getline(&small, &small_cap, f);
    show_line("own small buffer", len, small, small_cap);
    fclose(f);
    free(small);
    free(line);
}

static void test_fileno_freopen(void) {
    printf("fileno stdin=%d stdout=%d stderr=%d\n", fileno(stdin), fileno(stdout),
           fileno(stderr));
    write_file("a.txt", "from a\n", 7);
    write_file("b.txt", "from b\nsecond b\n", 16);
    FILE *f = fopen("a.txt", "r");
    int fd = fileno(f);
    printf("fopen fileno>=3: %d\n", fd >= 3);
    char buf[64];
    fgets(buf, sizeof buf, f);
    printf("a: %s", buf);
    printf("at eof: %d\n", fgetc(f) == EOF && feof(f));
    FILE *g = freopen("b.txt", "r", f);
    printf("freopen same stream=%d same fd=%d eof cleared=%d\n", g == f, fileno(g) == fd,
           !feof(g));
    while (fgets(buf, sizeof buf, g))
        printf("b: %s", buf);
    g = freopen("a.txt", "a", g); /* now for appending */
    fputs("appended\n", g);
    g = freopen("a.txt", "r", g);
    while (fgets(buf, sizeof buf, g))
        printf("a again: %s", buf);
    fclose(g);

    /* A null name: the same file again, as if reopened by name, from its start. Only
     * modes the descriptor already allows: beyond them, glibc reopens the file by its
     * /proc/self/fd name and groundup fails with EBADF (implementation-defined). */
    f = fopen("b.txt", "r+");
    fd = fileno(f);
    fgets(buf, sizeof buf, f);
    g = freopen(NULL, "r", f);
    printf("freopen(NULL, \"r\"): same stream=%d same fd=%d", g == f, fileno(g) == fd);
    printf(" rereads: %s", fgets(buf, sizeof buf, g) ? buf : "nothing\n");
    g = freopen(NULL, "w", g);
    struct stat st;
    stat("b.txt", &st);
    printf("freopen(NULL, \"w\"): %s size=%ld\n", g ? "stream" : "NULL", (long)st.st_size);
    fputs("new b\n", g);
    g = freopen(NULL, "a", g);
    fseek(g, 0, SEEK_SET); /* appending: writes go to the end all the same */
    fputs("appended b\n", g);
    fclose(g);
    f = fopen("b.txt", "r");
    while (fgets(buf, sizeof buf, f))
        printf("b now: %s", buf);
    fclose(f);

    f = fopen("a.txt", "r");
    errno = 0;
    g = freopen("no/such/file", "r", f); /* fails: f is closed, not to be used again */
    printf("freopen missing: %s %s\n", g ? "stream" : "NULL", strerror(errno));

    fprintf(stderr, "to the real stderr\n");
    FILE *e = freopen("err.txt", "w", stderr);
    printf("stderr reopened: same=%d fileno=%d\n", e == stderr, fileno(stderr));
    fprintf(stderr, "to err.txt %d\n", 42);
    fflush(stderr);
    f = fopen("err.txt", "r");
    while (fgets(buf, sizeof buf, f))
        printf("err.txt: %s", buf);
    fclose(f);
}

static void test_getchar(void) {
    int c = getchar();
    printf("getchar on empty stdin: %s eof=%d error=%d\n", c == EOF ? "EOF" : "char",
           feof(stdin) != 0, ferror(stdin) != 0);
    clearerr(stdin);
    printf("after clearerr: eof=%d\n", feof(stdin) != 0);
}

static void test_mkstemp(void) {
    char name[] = "tmp-XXXXXX";
    int fd = mkstemp(name);
    struct stat st;
    printf("mkstemp fd>=3=%d changed=%d prefix kept=%d length=%zu exists=%d regular=%d "
           "mode=%o size=%ld\n",
           fd >= 3, strcmp(name, "tmp-XXXXXX") != 0, strncmp(name, "tmp-", 4) == 0,
           strlen(name), stat(name, &st) == 0, S_ISREG(st.st_mode),
           (unsigned)(st.st_mode & 0777), (long)st.st_size);
    printf("write=%zd", write(fd, "hello", 5));
    lseek(fd, 0, SEEK_SET);
    char buf[8] = {0};
    printf(" read=%zd \"%s\"", read(fd, buf, sizeof buf - 1), buf);
    printf(" access mode rdwr=%d\n", (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR);
    char again[] = "tmp-XXXXXX";
    int fd2 = mkstemp(again);
    printf("second mkstemp: fd differs=%d name differs=%d\n", fd2 != fd,
           strcmp(again, name) != 0);
    close(fd);
    close(fd2);
    printf("unlink=%d %d\n", unlink(name), unlink(again));

    const char *bad[] = {"tmp-XXXXX", "tmp-XXXXXXy", "XXXXX", ""};
    for (int i = 0; i < 4; i++) {
        char t[32];
        strcpy(t, bad[i]);
        errno = 0;
        int r = mkstemp(t);
        printf("mkstemp(\"%s\") = %d %s unchanged=%d\n", bad[i], r, strerror(errno),
               strcmp(t, bad[i]) == 0);
    }
    char missing[] = "no-such-dir/tmp-XXXXXX";
    errno = 0;
    printf("mkstemp in missing dir = %d %s\n", mkstemp(missing), strerror(errno));
}

static volatile sig_atomic_t usr1_count, usr2_count;

static void on_usr1(int sig) { usr1_count += sig == SIGUSR1; }
static void on_usr2(int sig) { usr2_count += sig == SIGUSR2; }

static void test_sigprocmask(void) {
    sigset_t set, old, pending, now;
    printf("sigemptyset=%d", sigemptyset(&set));
    printf(" sigaddset=%d member usr1=%d usr2=%d\n", sigaddset(&set, SIGUSR1),
           sigismember(&set, SIGUSR1), sigismember(&set, SIGUSR2));
    errno = 0;
    printf("sigaddset(0)=%d %s", sigaddset(&set, 0), strerror(errno));
    errno = 0;
    printf(" sigaddset(65)=%d %s", sigaddset(&set, 65), strerror(errno));
    errno = 0;
    printf(" sigismember(0)=%d %s\n", sigismember(&set, 0), strerror(errno));

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, 0);
    sa.sa_handler = on_usr2;
    sigaction(SIGUSR2, &sa, 0);

    printf("block=%d", sigprocmask(SIG_BLOCK, &set, &old));
    printf(" old has usr1=%d\n", sigismember(&old, SIGUSR1));
    raise(SIGUSR1);
    raise(SIGUSR1); /* a standard signal does not queue: one delivery */
    raise(SIGUSR2); /* not blocked: at once */
    printf("while blocked: usr1 ran %d, usr2 ran %d\n", (int)usr1_count, (int)usr2_count);
    sigemptyset(&pending);
    sigpending(&pending);
    printf("pending usr1=%d usr2=%d\n", sigismember(&pending, SIGUSR1),
           sigismember(&pending, SIGUSR2));
    sigprocmask(SIG_BLOCK, 0, &now);
    printf("mask has usr1=%d usr2=%d\n", sigismember(&now, SIGUSR1),
           sigismember(&now, SIGUSR2));
    printf("unblock=%d", sigprocmask(SIG_UNBLOCK, &set, 0));
    printf(" after unblock: usr1 ran %d\n", (int)usr1_count);
    sigemptyset(&pending);
    sigpending(&pending);
    printf("pending usr1 after=%d\n", sigismember(&pending, SIGUSR1));

    sigset_t kill_set;
    sigemptyset(&kill_set);
    sigaddset(&kill_set, SIGKILL);
    sigaddset(&kill_set, SIGSTOP);
    sigaddset(&kill_set, SIGUSR2);
    sigprocmask(SIG_SETMASK, &kill_set, 0);
    sigprocmask(SIG_SETMASK, &old, &now);
    printf("SIG_SETMASK kept kill=%d stop=%d usr2=%d\n", sigismember(&now, SIGKILL),
           sigismember(&now, SIGSTOP), sigismember(&now, SIGUSR2));
    errno = 0;
    printf("bad how=%d %s\n", sigprocmask(99, &set, 0), strerror(errno));
}

static void test_inttypes(void) {
    intmax_t pairs[][2] = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {INTMAX_MAX, -1},
                           {INTMAX_MIN, 3}, {0, -5}};
    for (int i = 0; i < 7; i++) {
        imaxdiv_t d = imaxdiv(pairs[i][0], pairs[i][1]);
        printf("imaxdiv(%" PRIdMAX ", %" PRIdMAX ") = %" PRIdMAX " r %" PRIdMAX "\n",
               pairs[i][0], pairs[i][1], d.quot, d.rem);
    }
    printf("imaxabs(-9) = %" PRIdMAX "\n", imaxabs(-9));

    const char *signed_inputs[] = {"-9223372036854775808", "9223372036854775808", "  +42z",
                                   "0x1fG", "-0777", "junk"};
    for (int i = 0; i < 6; i++) {
        char *end;
        errno = 0;
        intmax_t v = strtoimax(signed_inputs[i], &end, 0);
        printf("strtoimax(\"%s\", 0) = %" PRIdMAX " rest=\"%s\" %s\n", signed_inputs[i], v,
               end, errno ? strerror(errno) : "ok");
    }
    const char *unsigned_inputs[] = {"18446744073709551615", "18446744073709551616", "-1",
                                     "ff", "zz"};
    int bases[] = {10, 10, 10, 16, 36};
    for (int i = 0; i < 5; i++) {
        char *end;
        errno = 0;
        uintmax_t v = strtoumax(unsigned_inputs[i], &end, bases[i]);
        printf("strtoumax(\"%s\", %d) = %" PRIuMAX " rest=\"%s\" %s\n", unsigned_inputs[i],
               bases[i], v, end, errno ? strerror(errno) : "ok");
    }

    int64_t big = INT64_MIN;
    uint64_t ubig = UINT64_MAX;
    printf("PRI: %" PRId64 " %" PRIi64 " %" PRIu64 " %" PRIx64 " %" PRIX64 " %" PRIo64 "\n",
           big, INT64_MAX, ubig, (uint64_t)0xdeadbeefcafeULL, ubig, (uint64_t)511);
    printf("PRI small: %" PRId8 " %" PRIu16 " %" PRIx32 " %#" PRIxPTR " %" PRIdFAST16 "\n",
           (int8_t)-5, (uint16_t)65535, (uint32_t)0xabcdef, (uintptr_t)0x1000,
           (int_fast16_t)-300);

    int64_t d64;
    uint64_t u64, x64;
    int32_t d32;
    uint8_t u8;
    int n = sscanf("-9223372036854775807 18446744073709551615 DeadBeefCafe -2147483648 255",
                   "%" SCNd64 " %" SCNu64 " %" SCNx64 " %" SCNd32 " %" SCNu8, &d64, &u64,
                   &x64, &d32, &u8);
    printf("SCN: n=%d %" PRId64 " %" PRIu64 " %" PRIx64 " %" PRId32 " %u\n", n, d64, u64,
           x64, d32, (unsigned)u8);
    intmax_t dmax;
    n = sscanf("0x7fffffffffffffff", "%" SCNxMAX, (uintmax_t *)&dmax);
    printf("SCNxMAX: n=%d %" PRIdMAX "\n", n, dmax);
}

/* The handlers write(2) directly: an fflush here would flush the line main leaves in
 * stdout's buffer, which quick_exit itself must not. */
static void say_raw(const char *s) { write(1, s, strlen(s)); }
static void quick_first(void) { say_raw("at_quick_exit: registered first, runs last\n"); }
static void quick_second(void) { say_raw("at_quick_exit: registered second, runs first\n"); }
static void at_exit_handler(void) { say_raw("atexit handler: must not run\n"); }

int main(void) {
    test_getline();
    test_fileno_freopen();
    test_getchar();
    test_mkstemp();
    test_sigprocmask();
    test_inttypes();
    printf("atexit=%d", atexit(at_exit_handler));
    printf(" at_quick_exit=%d", at_quick_exit(quick_first));
    printf(" %d\n", at_quick_exit(quick_second));
    fflush(stdout);
    printf("buffered, never flushed: quick_exit does not flush stdio\n");
    quick_exit(5);
}

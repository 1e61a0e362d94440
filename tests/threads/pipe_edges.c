/* Pipe edge cases: writes of PIPE_BUF bytes from two processes never interleave; a
 * blocking write far larger than the pipe returns only when all of it is read; a
 * signal interrupting a blocked write after some bytes went in returns that count,
 * and one interrupting a blocked read returns EINTR; readv and writev; F_SETFL
 * turning O_NONBLOCK on and off; poll and select readiness (POLLIN, POLLOUT,
 * POLLHUP, POLLERR) including a poll that waits for a child to write; a pipe end
 * inherited across fork.
 *
 * needs: pipes, fork, signals
 * suite: unit
 */
#include "common.h"

#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <sys/select.h>
#include <sys/uio.h>

static void on_alarm(int sig) { (void)sig; }

static void writer(int fd, char letter, int blocks) {
    char block[PIPE_BUF];
    memset(block, letter, sizeof block);
    for (int i = 0; i < blocks; i++)
        if (write(fd, block, sizeof block) != (ssize_t)sizeof block) _exit(1);
    _exit(0);
}

static void atomic_writes(void) {
    int p[2];
    CHECK(pipe(p) == 0);
    pid_t a = fork();
    if (a == 0) writer(p[1], 'a', 64);
    pid_t b = fork();
    if (b == 0) writer(p[1], 'b', 64);
    close(p[1]);
    static char buf[PIPE_BUF];
    int blocks = 0, mixed = 0;
    for (;;) {
        size_t got = 0;
        ssize_t n = 1;
        while (got < sizeof buf && (n = read(p[0], buf + got, sizeof buf - got)) > 0) got += n;
        if (got == 0) break;
        blocks++;
        for (size_t i = 1; i < got; i++) mixed |= buf[i] != buf[0];
        if (n <= 0) break;
    }
    close(p[0]);
    int sa, sb;
    waitpid(a, &sa, 0);
    waitpid(b, &sb, 0);
    printf("two writers of %d-byte blocks: %d blocks read, any mixed %d, writers %s",
           PIPE_BUF, blocks, mixed, describe(sa));
    printf(" and %s\n", describe(sb));
}

static void big_blocking_write(void) {
    int p[2];
    CHECK(pipe(p) == 0);
    pid_t pid = fork();
    if (pid == 0) {
        close(p[1]);
        static char sink[10000];
        long total = 0;
        ssize_t n;
        while ((n = read(p[0], sink, sizeof sink)) > 0) total += n;
        _exit(total == 300000 ? 0 : 1);
    }
    close(p[0]);
    static char big[300000];
    printf("a 300000-byte blocking write returns %zd", write(p[1], big, sizeof big));
    close(p[1]);
    int status;
    waitpid(pid, &status, 0);
    printf(", the reader %s\n", describe(status));
}

static void interrupted(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm; /* no SA_RESTART */
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
    int p[2];
    CHECK(pipe(p) == 0);
    static char big[200000];
    alarm(1);
    ssize_t n = write(p[1], big, sizeof big);
    printf("a write interrupted when the pipe is full: %zd\n", n);
    alarm(1);
    n = write(p[1], big, 10);
    printf("an interrupted write that wrote nothing: %s\n", sysres(n));
    static char drain[70000];
    CHECK(read(p[0], drain, sizeof drain) == 65536);
    alarm(1);
    n = read(p[0], drain, 1);
    printf("an interrupted read: %s\n", sysres(n));
    close(p[0]);
    close(p[1]);
}

static void vectors_and_flags(void) {
    int p[2];
    CHECK(pipe(p) == 0);
    struct iovec out[3] = {{"one ", 4}, {"two ", 4}, {"three", 5}};
    printf("writev: %zd", writev(p[1], out, 3));
    char a[6] = {0}, b[20] = {0};
    struct iovec in[2] = {{a, 5}, {b, sizeof b - 1}};
    printf(", readv: %zd: '%s' '%s'\n", readv(p[0], in, 2), a, b);
    int fl = fcntl(p[0], F_GETFL);
    CHECK(fcntl(p[0], F_SETFL, fl | O_NONBLOCK) == 0);
    printf("O_NONBLOCK set: %s", sysres(read(p[0], a, 1)));
    CHECK(fcntl(p[0], F_SETFL, fl) == 0);
    printf(", cleared again: %d\n", (fcntl(p[0], F_GETFL) & O_NONBLOCK) != 0);

    struct pollfd fds[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}};
    int r = poll(fds, 2, 0);
    printf("poll, empty: %d, read end %#x, write end %#x\n", r, fds[0].revents, fds[1].revents);
    CHECK(write(p[1], "x", 1) == 1);
    r = poll(fds, 2, 0);
    printf("poll, 1 byte in: %d, read end %#x\n", r, fds[0].revents);
    fd_set rd, wr;
    FD_ZERO(&rd);
    FD_ZERO(&wr);
    FD_SET(p[0], &rd);
    FD_SET(p[1], &wr);
    struct timeval zero = {0, 0};
    r = select(p[1] + 1, &rd, &wr, NULL, &zero);
    printf("select: %d, readable %d, writable %d\n", r, FD_ISSET(p[0], &rd), FD_ISSET(p[1], &wr));
    close(p[1]);
    r = poll(fds, 1, 0);
    printf("poll after the writer closed: %d, read end %#x\n", r, fds[0].revents);
    close(p[0]);

    CHECK(pipe(p) == 0);
    close(p[0]);
    signal(SIGPIPE, SIG_IGN);
    fds[1].fd = p[1];
    r = poll(&fds[1], 1, 0);
    printf("poll after the reader closed: %d, write end %#x\n", r, fds[1].revents);
    close(p[1]);
}

static void poll_waits(void) {
    int p[2], done[2];
    CHECK(pipe(p) == 0);
    CHECK(pipe(done) == 0);
    pid_t pid = fork();
    if (pid == 0) {
        close(p[0]);
        close(done[1]);
        struct timespec ms = {0, 5000000};
        nanosleep(&ms, NULL);
        CHECK(write(p[1], "late", 4) == 4);
        char c;
        CHECK(read(done[0], &c, 1) == 0); /* until the parent has polled */
        _exit(0);
    }
    close(p[1]);
    close(done[0]);
    struct pollfd fd = {p[0], POLLIN, 0};
    int r = poll(&fd, 1, 10000);
    close(done[1]);
    char buf[8] = {0};
    printf("poll waiting for the child: %d, %#x, then read %zd", r, fd.revents,
           read(p[0], buf, sizeof buf - 1));
    printf(" '%s', then %zd\n", buf, read(p[0], buf, 1));
    int status;
    waitpid(pid, &status, 0);
    struct timeval tv = {0, 1000};
    fd_set rd;
    FD_ZERO(&rd);
    FD_SET(p[0], &rd);
    printf("select at end of file: %d\n", select(p[0] + 1, &rd, NULL, NULL, &tv));
    close(p[0]);
}

int main(void) {
    atomic_writes();
    big_blocking_write();
    interrupted();
    vectors_and_flags();
    poll_waits();
    return 0;
}

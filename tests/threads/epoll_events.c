/* epoll: level-triggered, edge-triggered (EPOLLET) and one-shot (EPOLLONESHOT)
 * interests on pipes and sockets; EPOLLHUP and EPOLLRDHUP; EPOLLERR and EPOLLHUP
 * reported unasked; maxevents smaller than what is ready; epoll_ctl's errors (EEXIST,
 * ENOENT, EINVAL, EPERM, EBADF, ELOOP); epoll_wait's timeout and its errors; an
 * interest that outlives a closed duplicate and goes with the open file; an epoll
 * watched by poll and by another epoll; a thread woken from epoll_wait; a signal
 * interrupting it (EINTR, and the mask of epoll_pwait); and two processes talking over
 * a socketpair, each waiting with epoll.
 *
 * needs: threads, pipes, fork, signals
 * suite: unit
 */
#include "common.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/socket.h>

static void on_alarm(int sig) { (void)sig; }

/* epoll_wait with timeout 0: "n: data=EVENTS ..." (events as words). */
static const char *waited(int ep, int most, int timeout) {
    static char text[256];
    struct epoll_event ev[8];
    int n = epoll_wait(ep, ev, most, timeout);
    if (n < 0) return errname(errno);
    int at = snprintf(text, sizeof text, "%d", n);
    for (int i = 0; i < n; i++) {
        unsigned e = ev[i].events;
        at += snprintf(text + at, sizeof text - at, " %llu=%s%s%s%s%s", (unsigned long long)ev[i].data.u64,
                       e & EPOLLIN ? "I" : "", e & EPOLLOUT ? "O" : "", e & EPOLLRDHUP ? "R" : "",
                       e & EPOLLHUP ? "H" : "", e & EPOLLERR ? "E" : "");
    }
    return text;
}

static int add(int ep, int fd, unsigned events, unsigned long long data) {
    struct epoll_event ev = {.events = events, .data.u64 = data};
    return epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
}

static void level_edge_oneshot(void) {
    int lt[2], et[2], os[2];
    CHECK(pipe(lt) == 0 && pipe(et) == 0 && pipe(os) == 0);
    int ep = epoll_create1(EPOLL_CLOEXEC);
    CHECK(ep >= 0);
    printf("EPOLL_CLOEXEC: %d\n", fcntl(ep, F_GETFD) == FD_CLOEXEC);
    CHECK(add(ep, lt[0], EPOLLIN, 1) == 0);
    CHECK(add(ep, et[0], EPOLLIN | EPOLLET, 2) == 0);
    CHECK(add(ep, os[0], EPOLLIN | EPOLLONESHOT, 3) == 0);
    printf("nothing yet: %s\n", waited(ep, 8, 0));
    CHECK(write(lt[1], "ab", 2) == 2 && write(et[1], "ab", 2) == 2 && write(os[1], "ab", 2) == 2);
    printf("written: %s\n", waited(ep, 8, 0));
    printf("again: %s\n", waited(ep, 8, 0));
    CHECK(write(et[1], "c", 1) == 1 && write(os[1], "c", 1) == 1);
    printf("more data: %s\n", waited(ep, 8, 0));
    struct epoll_event ev = {.events = EPOLLIN | EPOLLONESHOT, .data.u64 = 33};
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, os[0], &ev) == 0);
    printf("one-shot re-armed: %s\n", waited(ep, 8, 0));
    char buf[8];
    CHECK(read(lt[0], buf, sizeof buf) == 2);
    printf("level drained: %s\n", waited(ep, 8, 0));
    close(lt[1]);
    printf("level writer closed: %s\n", waited(ep, 8, 0));
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, lt[0], NULL) == 0);
    close(lt[0]);
    close(et[0]);
    close(et[1]);
    close(os[0]);
    close(os[1]);
    printf("all closed: %s\n", waited(ep, 8, 0));
    close(ep);
}

static void few_events(void) {
    int ep = epoll_create1(0), p[4][2];
    for (int i = 0; i < 4; i++) {
        CHECK(pipe(p[i]) == 0);
        CHECK(write(p[i][1], "x", 1) == 1);
        CHECK(add(ep, p[i][0], EPOLLIN, 10 + i) == 0);
    }
    /* level-triggered interests take turns when maxevents is smaller than what is ready */
    printf("two at a time: %s", waited(ep, 2, 0));
    printf(" / %s\n", waited(ep, 2, 0));
    for (int i = 0; i < 4; i++) {
        close(p[i][0]);
        close(p[i][1]);
    }
    close(ep);
}

static void sockets(void) {
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    int ep = epoll_create1(0);
    CHECK(add(ep, sv[0], EPOLLIN | EPOLLOUT | EPOLLRDHUP, 7) == 0);
    printf("socket idle: %s\n", waited(ep, 8, 0));
    CHECK(write(sv[1], "hi", 2) == 2);
    printf("socket data: %s\n", waited(ep, 8, 0));
    CHECK(shutdown(sv[1], SHUT_WR) == 0);
    printf("peer SHUT_WR: %s\n", waited(ep, 8, 0));
    close(sv[1]);
    printf("peer closed: %s\n", waited(ep, 8, 0));
    /* EPOLLHUP and EPOLLERR come unasked */
    struct epoll_event ev = {.events = 0, .data.u64 = 8};
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, sv[0], &ev) == 0);
    printf("asking nothing: %s\n", waited(ep, 8, 0));
    close(sv[0]);
    close(ep);
}

static void ctl_errors(void) {
    int ep = epoll_create1(0), p[2];
    CHECK(pipe(p) == 0);
    struct epoll_event ev = {.events = EPOLLIN};
    CHECK(add(ep, p[0], EPOLLIN, 1) == 0);
    printf("ADD twice: %s\n", sysres(add(ep, p[0], EPOLLIN, 1)));
    printf("MOD, DEL of an unwatched fd: %s %s\n", sysres(epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &ev)),
           sysres(epoll_ctl(ep, EPOLL_CTL_DEL, p[1], &ev)));
    printf("epfd itself: %s\n", sysres(add(ep, ep, EPOLLIN, 0)));
    printf("not an epoll: %s\n", sysres(add(p[0], p[1], EPOLLOUT, 0)));
    printf("bad op: %s\n", sysres(epoll_ctl(ep, 99, p[1], &ev)));
    printf("bad fds: %s %s\n", sysres(add(99, p[1], EPOLLOUT, 0)), sysres(add(ep, 99, EPOLLIN, 0)));
    printf("bad event pointer: %s\n", sysres(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], (void *)8)));
    int fd = open("/proc/self/status", O_RDONLY);
    printf("regular file: %s\n", sysres(add(ep, fd, EPOLLIN, 0)));
    close(fd);
    printf("EPOLLEXCLUSIVE: ADD %s, MOD %s\n", sysres(add(ep, p[1], EPOLLOUT | EPOLLEXCLUSIVE, 5)),
           sysres(epoll_ctl(ep, EPOLL_CTL_MOD, p[1],
                            &(struct epoll_event){.events = EPOLLOUT | EPOLLEXCLUSIVE})));
    printf("epoll_create1(1): %s\n", sysres(epoll_create1(1)));
    struct epoll_event out[2], *volatile nowhere = (void *)8; /* (volatile: no gcc warning) */
    printf("wait: maxevents 0 %s, bad buffer %s, not an epoll %s, bad fd %s\n",
           sysres(epoll_wait(ep, out, 0, 0)), sysres(epoll_wait(ep, nowhere, 2, 0)),
           sysres(epoll_wait(p[0], out, 2, 0)), sysres(epoll_wait(99, out, 2, 0)));
    /* loops of epolls */
    int a = epoll_create1(0), b = epoll_create1(0);
    CHECK(add(a, b, EPOLLIN, 0) == 0);
    printf("loop: %s\n", sysres(add(b, a, EPOLLIN, 0)));
    close(a);
    close(b);
    close(p[0]);
    close(p[1]);
    close(ep);
}

static void lifetime(void) {
    int ep = epoll_create1(0), p[2];
    CHECK(pipe(p) == 0);
    int dup_fd = dup(p[0]);
    CHECK(add(ep, p[0], EPOLLIN, 1) == 0);
    CHECK(write(p[1], "x", 1) == 1);
    close(p[0]);
    /* the open file is still open (dup_fd): the interest stays, under its old number */
    printf("closed one of two: %s, DEL by old number %s\n", waited(ep, 8, 0),
           sysres(epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL)));
    close(dup_fd);
    printf("closed both: %s\n", waited(ep, 8, 0));
    /* the same number for a new file is a new interest */
    int q[2];
    CHECK(pipe(q) == 0);
    printf("new file, same number %d: ADD %s\n", q[0] == p[0], sysres(add(ep, q[0], EPOLLIN, 2)));
    close(q[0]);
    close(q[1]);
    close(p[1]);
    close(ep);
}

static void nested_and_polled(void) {
    int inner = epoll_create1(0), outer = epoll_create1(0), p[2];
    CHECK(pipe(p) == 0);
    CHECK(add(inner, p[0], EPOLLIN, 1) == 0);
    CHECK(add(outer, inner, EPOLLIN, 2) == 0);
    struct pollfd pf = {.fd = inner, .events = POLLIN};
    printf("idle: poll %d, outer %s\n", poll(&pf, 1, 0), waited(outer, 8, 0));
    CHECK(write(p[1], "x", 1) == 1);
    printf("ready: poll %d revents %#x, outer %s\n", poll(&pf, 1, 0), pf.revents,
           waited(outer, 8, 0));
    close(p[0]);
    close(p[1]);
    close(inner);
    close(outer);
}

static int shared_pipe[2], shared_ep;

static void *late_writer(void *arg) {
    (void)arg;
    usleep(10000);
    CHECK(write(shared_pipe[1], "t", 1) == 1);
    return NULL;
}

static void waiting(void) {
    CHECK(pipe(shared_pipe) == 0);
    shared_ep = epoll_create1(0);
    CHECK(add(shared_ep, shared_pipe[0], EPOLLIN, 4) == 0);
    printf("timeout 20 ms: %s\n", waited(shared_ep, 8, 20));
    pthread_t t;
    CHECK(pthread_create(&t, NULL, late_writer, NULL) == 0);
    printf("woken by a thread: %s\n", waited(shared_ep, 8, -1));
    pthread_join(t, NULL);
    char c;
    CHECK(read(shared_pipe[0], &c, 1) == 1);
    /* a signal interrupts a wait, even with SA_RESTART */
    struct sigaction sa = {.sa_handler = on_alarm, .sa_flags = SA_RESTART};
    sigaction(SIGALRM, &sa, NULL);
    alarm(1);
    printf("interrupted: %s\n", waited(shared_ep, 8, -1));
    /* epoll_pwait's mask holds SIGALRM off for the wait (its handler runs after) */
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGALRM);
    alarm(1);
    struct epoll_event ev[1];
    int n = epoll_pwait(shared_ep, ev, 1, 1500, &block);
    printf("epoll_pwait with SIGALRM blocked: %d\n", n);
    close(shared_pipe[0]);
    close(shared_pipe[1]);
    close(shared_ep);
}

/* Two processes: the child echoes each message back upper-cased until end of file. */
static void conversation(void) {
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv) == 0);
    pid_t child = fork();
    if (child == 0) {
        close(sv[0]);
        int ep = epoll_create1(0);
        CHECK(add(ep, sv[1], EPOLLIN, 0) == 0);
        for (;;) {
            struct epoll_event ev;
            CHECK(epoll_wait(ep, &ev, 1, -1) == 1);
            char buf[64];
            ssize_t n = recv(sv[1], buf, sizeof buf, 0);
            if (n <= 0) _exit(n == 0 ? 0 : 1);
            for (ssize_t i = 0; i < n; i++) buf[i] = buf[i] >= 'a' && buf[i] <= 'z' ? buf[i] - 32 : buf[i];
            CHECK(send(sv[1], buf, n, 0) == n);
        }
    }
    close(sv[1]);
    int ep = epoll_create1(0);
    CHECK(add(ep, sv[0], EPOLLIN, 0) == 0);
    const char *words[] = {"one", "two words", "three"};
    for (int i = 0; i < 3; i++) {
        CHECK(send(sv[0], words[i], strlen(words[i]), 0) == (ssize_t)strlen(words[i]));
        struct epoll_event ev;
        CHECK(epoll_wait(ep, &ev, 1, -1) == 1);
        char buf[64];
        ssize_t n = recv(sv[0], buf, sizeof buf, 0);
        printf("echo %zd [%.*s]\n", n, (int)n, buf);
    }
    shutdown(sv[0], SHUT_WR);
    int status;
    waitpid(child, &status, 0);
    printf("child %s\n", describe(status));
    close(sv[0]);
    close(ep);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    level_edge_oneshot();
    few_events();
    sockets();
    ctl_errors();
    lifetime();
    nested_and_polled();
    waiting();
    conversation();
    return 0;
}

/* AF_UNIX socketpair: stream, datagram and seqpacket pairs; read/write, send/recv,
 * sendmsg/recvmsg with iovecs; end of file after the peer closes (and ECONNRESET when
 * it left data unread); EPIPE with SIGPIPE, and without it under MSG_NOSIGNAL;
 * O_NONBLOCK and MSG_DONTWAIT (EAGAIN); MSG_PEEK; MSG_WAITALL; datagram truncation
 * (MSG_TRUNC); shutdown in each direction; poll and select readiness; a producer
 * thread blocking on a full socket; a signal interrupting a blocked recv; socket
 * options, names and fstat; the errors of socket() and socketpair().
 *
 * needs: threads, signals
 * suite: unit
 */
#include "common.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>

static volatile sig_atomic_t sigpipes;
static void on_sigpipe(int sig) { (void)sig; sigpipes++; }
static void on_alarm(int sig) { (void)sig; }

static void pair(int type, int sv[2]) { CHECK(socketpair(AF_UNIX, type, 0, sv) == 0); }

static void closepair(int sv[2]) {
    close(sv[0]);
    close(sv[1]);
}

/* "IN OUT HUP ..." for what poll says of fd right now. */
static const char *polled(int fd, short events) {
    static char words[64];
    struct pollfd p = {.fd = fd, .events = events};
    int n = poll(&p, 1, 0);
    words[0] = 0;
    if (n < 0) return "error";
    if (p.revents & POLLIN) strcat(words, "IN ");
    if (p.revents & POLLOUT) strcat(words, "OUT ");
    if (p.revents & POLLRDHUP) strcat(words, "RDHUP ");
    if (p.revents & POLLHUP) strcat(words, "HUP ");
    if (p.revents & POLLERR) strcat(words, "ERR ");
    if (!words[0]) strcpy(words, "- ");
    words[strlen(words) - 1] = 0;
    return words;
}

static void stream_basics(void) {
    int sv[2];
    pair(SOCK_STREAM, sv);
    char buf[64];
    CHECK(write(sv[0], "hello ", 6) == 6);
    CHECK(send(sv[0], "world", 5, 0) == 5);
    ssize_t n = recv(sv[1], buf, sizeof buf, MSG_PEEK);
    printf("stream peek %zd [%.*s]\n", n, (int)n, buf);
    n = read(sv[1], buf, 3);
    printf("stream read %zd [%.*s]\n", n, (int)n, buf);
    n = recv(sv[1], buf, sizeof buf, 0);
    printf("stream recv %zd [%.*s] (across writes)\n", n, (int)n, buf);
    n = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT);
    printf("empty, MSG_DONTWAIT: %s\n", sysres(n));
    /* both directions, with iovecs */
    struct iovec out[3] = {{"ab", 2}, {"", 0}, {"cdef", 4}};
    struct msghdr m = {.msg_iov = out, .msg_iovlen = 3};
    printf("sendmsg %zd\n", sendmsg(sv[1], &m, 0));
    char a[3], b[8];
    struct iovec in[2] = {{a, sizeof a}, {b, sizeof b}};
    struct msghdr r = {.msg_iov = in, .msg_iovlen = 2};
    n = recvmsg(sv[0], &r, 0);
    printf("recvmsg %zd [%.3s|%.*s] flags %#x\n", n, a, (int)n - 3, b, r.msg_flags);
    /* a destination address on a connected stream */
    struct sockaddr_un to = {.sun_family = AF_UNIX, .sun_path = "/nowhere"};
    printf("sendto with address: %s\n", sysres(sendto(sv[0], "x", 1, 0, (void *)&to, sizeof to)));
    /* the peer closes: what was sent is still there, then end of file */
    CHECK(write(sv[0], "last", 4) == 4);
    close(sv[0]);
    n = read(sv[1], buf, sizeof buf);
    printf("after peer close: %zd [%.*s], then %zd, poll %s\n", n, (int)n, buf,
           read(sv[1], buf, sizeof buf), polled(sv[1], POLLIN | POLLOUT | POLLRDHUP));
    close(sv[1]);
}

static void waitall(void) {
    int sv[2];
    pair(SOCK_STREAM, sv);
    pid_t child = fork();
    if (child == 0) {
        for (int i = 0; i < 4; i++) {
            usleep(2000);
            CHECK(write(sv[1], "abc", 3) == 3);
        }
        _exit(0);
    }
    char buf[16] = {0};
    ssize_t n = recv(sv[0], buf, 12, MSG_WAITALL);
    printf("MSG_WAITALL %zd [%s]\n", n, buf);
    int status;
    waitpid(child, &status, 0);
    closepair(sv);
}

static void sigpipe_and_nosignal(void) {
    struct sigaction sa = {.sa_handler = on_sigpipe};
    sigaction(SIGPIPE, &sa, NULL);
    int sv[2];
    pair(SOCK_STREAM, sv);
    close(sv[1]);
    ssize_t n = write(sv[0], "x", 1);
    printf("write to closed peer: %s, SIGPIPEs %d\n", sysres(n), (int)sigpipes);
    n = send(sv[0], "x", 1, MSG_NOSIGNAL);
    printf("send MSG_NOSIGNAL: %s, SIGPIPEs %d\n", sysres(n), (int)sigpipes);
    close(sv[0]);
    /* datagrams never raise SIGPIPE; a closed datagram peer refuses, then is forgotten */
    pair(SOCK_DGRAM, sv);
    close(sv[1]);
    printf("dgram to closed peer: %s", sysres(send(sv[0], "x", 1, 0)));
    printf(", then %s, SIGPIPEs %d\n", sysres(send(sv[0], "x", 1, 0)), (int)sigpipes);
    close(sv[0]);
    pair(SOCK_SEQPACKET, sv);
    close(sv[1]);
    printf("seqpacket to closed peer: %s, SIGPIPEs %d\n", sysres(send(sv[0], "x", 1, 0)),
           (int)sigpipes);
    close(sv[0]);
    signal(SIGPIPE, SIG_DFL);
}

static void reset_by_peer(void) {
    int sv[2];
    pair(SOCK_STREAM, sv);
    CHECK(write(sv[1], "unread", 6) == 6);
    CHECK(write(sv[0], "mine", 4) == 4);
    close(sv[0]); /* it closes with "unread" in its queue */
    char buf[16];
    ssize_t n = read(sv[1], buf, sizeof buf);
    printf("reset: data %zd, poll %s", n, polled(sv[1], POLLIN));
    n = read(sv[1], buf, sizeof buf);
    printf(", then %s", sysres(n));
    printf(", then %zd\n", read(sv[1], buf, sizeof buf));
    close(sv[1]);
    pair(SOCK_STREAM, sv);
    CHECK(write(sv[1], "unread", 6) == 6);
    close(sv[0]);
    int err = 0;
    socklen_t len = sizeof err;
    CHECK(getsockopt(sv[1], SOL_SOCKET, SO_ERROR, &err, &len) == 0);
    printf("SO_ERROR %s, then ", errname(err));
    CHECK(getsockopt(sv[1], SOL_SOCKET, SO_ERROR, &err, &len) == 0);
    printf("%s\n", errname(err));
    close(sv[1]);
}

static void datagrams(int type, const char *name) {
    int sv[2];
    pair(type, sv);
    char buf[16];
    CHECK(send(sv[0], "first message", 13, 0) == 13);
    CHECK(send(sv[0], "", 0, 0) == 0);
    CHECK(write(sv[0], "third", 5) == 5);
    ssize_t n = recv(sv[1], buf, 5, MSG_PEEK);
    printf("%s: peek %zd [%.*s]", name, n, (int)n, buf);
    n = recv(sv[1], buf, 5, MSG_TRUNC);
    printf(", MSG_TRUNC %zd [%.5s]", n, buf);
    n = recv(sv[1], buf, sizeof buf, 0);
    printf(", empty %zd", n);
    struct iovec in = {buf, 2};
    struct msghdr m = {.msg_iov = &in, .msg_iovlen = 1};
    n = recvmsg(sv[1], &m, 0);
    printf(", recvmsg %zd [%.2s] truncated %d", n, buf, (m.msg_flags & MSG_TRUNC) != 0);
    n = recv(sv[1], buf, sizeof buf, MSG_DONTWAIT);
    printf(", then %s\n", sysres(n));
    /* a message bigger than the send buffer */
    int size = 4096;
    CHECK(setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &size, sizeof size) == 0);
    static char big[16384];
    printf("%s: 16 KiB message with SO_SNDBUF 4096: %s\n", name,
           sysres(send(sv[0], big, sizeof big, 0)));
    /* shutdown: a datagram socket's own directions only */
    CHECK(shutdown(sv[0], SHUT_WR) == 0);
    printf("%s: send after SHUT_WR: %s, peer %s\n", name, sysres(send(sv[0], "x", 1, 0)),
           polled(sv[1], POLLIN | POLLOUT | POLLRDHUP));
    CHECK(shutdown(sv[1], SHUT_RD) == 0);
    printf("%s: recv after SHUT_RD: %zd\n", name, recv(sv[1], buf, sizeof buf, 0));
    closepair(sv);
}

static void shutdowns(void) {
    int sv[2];
    pair(SOCK_STREAM, sv);
    CHECK(write(sv[0], "before", 6) == 6);
    CHECK(shutdown(sv[0], SHUT_WR) == 0);
    char buf[16];
    printf("SHUT_WR: peer polls %s, ", polled(sv[1], POLLIN | POLLOUT | POLLRDHUP));
    ssize_t n = read(sv[1], buf, sizeof buf);
    printf("reads %zd then %zd, ", n, read(sv[1], buf, sizeof buf));
    printf("own write %s, ", sysres(send(sv[0], "x", 1, MSG_NOSIGNAL)));
    printf("peer writes back %zd\n", write(sv[1], "ok", 2));
    printf("  own read %zd, ", read(sv[0], buf, sizeof buf));
    CHECK(shutdown(sv[1], SHUT_WR) == 0);
    printf("then both shut: %s / %s\n", polled(sv[0], POLLIN | POLLOUT | POLLRDHUP),
           polled(sv[1], POLLIN | POLLOUT | POLLRDHUP));
    printf("shutdown(3): %s\n", sysres(shutdown(sv[0], 3)));
    closepair(sv);
    pair(SOCK_STREAM, sv);
    CHECK(shutdown(sv[0], SHUT_RD) == 0);
    printf("SHUT_RD: own read %zd, peer write %s\n", read(sv[0], buf, sizeof buf),
           sysres(send(sv[1], "x", 1, MSG_NOSIGNAL)));
    closepair(sv);
}

static void nonblocking_fill(void) {
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv) == 0);
    printf("SOCK_NONBLOCK: O_NONBLOCK %d, peer too %d\n", (fcntl(sv[0], F_GETFL) & O_NONBLOCK) != 0,
           (fcntl(sv[1], F_GETFL) & O_NONBLOCK) != 0);
    static char chunk[4096];
    long total = 0;
    ssize_t n;
    while ((n = write(sv[0], chunk, sizeof chunk)) > 0) total += n;
    printf("filled: %s, some went %d, poll %s\n", sysres(n), total >= 4096,
           polled(sv[0], POLLOUT));
    long got = 0;
    while ((n = read(sv[1], chunk, sizeof chunk)) > 0) got += n;
    printf("drained the same: %d (%s), writable again: %s\n", got == total, sysres(n),
           polled(sv[0], POLLOUT));
    closepair(sv);
}

struct producer {
    int fd;
    long sent;
};

static void *produce(void *arg) {
    struct producer *p = arg;
    static char block[100000];
    for (int i = 0; i < 10; i++) {
        memset(block, 'a' + i, sizeof block);
        ssize_t n = write(p->fd, block, sizeof block);
        if (n != (ssize_t)sizeof block) return NULL;
        p->sent += n;
    }
    shutdown(p->fd, SHUT_WR);
    return NULL;
}

static void producer_thread(void) {
    int sv[2];
    pair(SOCK_STREAM, sv);
    struct producer p = {sv[0], 0};
    pthread_t t;
    CHECK(pthread_create(&t, NULL, produce, &p) == 0);
    usleep(20000); /* let it fill the socket and block */
    static char buf[65536];
    long got = 0, in_order = 1;
    ssize_t n;
    while ((n = read(sv[1], buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++)
            if (buf[i] != 'a' + (got + i) / 100000) in_order = 0;
        got += n;
    }
    pthread_join(t, NULL);
    printf("producer: sent %ld, received %ld in order %ld\n", p.sent, got, in_order);
    closepair(sv);
}

static void interrupted_recv(void) {
    int sv[2];
    pair(SOCK_STREAM, sv);
    struct sigaction sa = {.sa_handler = on_alarm};
    sigaction(SIGALRM, &sa, NULL);
    alarm(1);
    char buf[8];
    ssize_t n = recv(sv[0], buf, sizeof buf, 0);
    printf("recv interrupted: %s\n", sysres(n));
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    pid_t child = fork();
    if (child == 0) {
        usleep(1500000);
        CHECK(write(sv[1], "late", 4) == 4);
        _exit(0);
    }
    alarm(1);
    n = recv(sv[0], buf, sizeof buf, 0);
    printf("recv with SA_RESTART: %zd [%.*s]\n", n, (int)n, buf);
    int status;
    waitpid(child, &status, 0);
    signal(SIGALRM, SIG_DFL);
    closepair(sv);
}

static void select_and_poll(void) {
    int sv[2];
    pair(SOCK_DGRAM, sv);
    fd_set r, w;
    FD_ZERO(&r);
    FD_ZERO(&w);
    FD_SET(sv[1], &r);
    FD_SET(sv[0], &w);
    struct timeval tv = {0, 0};
    int n = select(sv[1] + 1, &r, &w, NULL, &tv);
    printf("select before: %d (read %d write %d)\n", n, FD_ISSET(sv[1], &r), FD_ISSET(sv[0], &w));
    CHECK(send(sv[0], "x", 1, 0) == 1);
    FD_SET(sv[1], &r);
    n = select(sv[1] + 1, &r, NULL, NULL, &tv);
    printf("select after send: %d (read %d)\n", n, FD_ISSET(sv[1], &r));
    closepair(sv);
    /* poll that waits for another process to write */
    pair(SOCK_STREAM, sv);
    pid_t child = fork();
    if (child == 0) {
        usleep(5000);
        CHECK(write(sv[1], "!", 1) == 1);
        _exit(0);
    }
    struct pollfd p = {.fd = sv[0], .events = POLLIN};
    n = poll(&p, 1, 5000);
    printf("poll waited: %d revents IN %d\n", n, (p.revents & POLLIN) != 0);
    int status;
    waitpid(child, &status, 0);
    closepair(sv);
}

static void options_and_names(void) {
    int sv[2];
    CHECK(socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) == 0);
    int v;
    socklen_t len = sizeof v;
    CHECK(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &v, &len) == 0);
    printf("SO_TYPE seqpacket %d, len %u, FD_CLOEXEC %d\n", v == SOCK_SEQPACKET, len,
           fcntl(sv[0], F_GETFD) == FD_CLOEXEC);
    v = 10000;
    CHECK(setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &v, sizeof v) == 0);
    CHECK(setsockopt(sv[0], SOL_SOCKET, SO_RCVBUF, &v, sizeof v) == 0);
    int snd, rcv;
    len = sizeof snd;
    getsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &snd, &len);
    getsockopt(sv[0], SOL_SOCKET, SO_RCVBUF, &rcv, &len);
    printf("SO_SNDBUF 10000 -> %d, SO_RCVBUF 10000 -> %d\n", snd, rcv);
    v = 1;
    printf("setsockopt(SO_DEBUG+99): %s, level 6: %s\n",
           sysres(setsockopt(sv[0], SOL_SOCKET, 99, &v, sizeof v)),
           sysres(getsockopt(sv[0], 6, 1, &v, &len)));
    short small;
    len = sizeof small;
    CHECK(getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &small, &len) == 0);
    printf("short optlen -> %u\n", len);
    struct ucred cred;
    len = sizeof cred;
    CHECK(getsockopt(sv[1], SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0);
    printf("SO_PEERCRED len %u pid is mine %d uid %d\n", len, cred.pid == getpid(),
           cred.uid == getuid());
    struct sockaddr_un addr;
    len = sizeof addr;
    memset(&addr, 0x55, sizeof addr);
    CHECK(getsockname(sv[0], (void *)&addr, &len) == 0);
    printf("getsockname len %u family %d\n", len, addr.sun_family);
    len = sizeof addr;
    CHECK(getpeername(sv[0], (void *)&addr, &len) == 0);
    printf("getpeername len %u family %d\n", len, addr.sun_family);
    char buf[8];
    len = sizeof addr;
    CHECK(send(sv[1], "hey", 3, 0) == 3);
    ssize_t n = recvfrom(sv[0], buf, sizeof buf, 0, (void *)&addr, &len);
    printf("recvfrom %zd, address len %u\n", n, len);
    struct stat st;
    CHECK(fstat(sv[0], &st) == 0);
    printf("fstat: socket %d, mode %o\n", S_ISSOCK(st.st_mode), st.st_mode & 0777);
    int fd = open("/dev/null", O_RDONLY);
    printf("non-socket: send %s, shutdown %s\n", sysres(send(fd, "x", 1, 0)),
           sysres(shutdown(fd, SHUT_RD)));
    close(fd);
    printf("bad fd: recv %s\n", sysres(recv(99, buf, 1, 0)));
    closepair(sv);
}

static void creation_errors(void) {
    int sv[2];
    printf("socketpair: AF_INET %s, family 77 %s, type 9 %s, protocol 5 %s\n",
           sysres(socketpair(AF_INET, SOCK_STREAM, 0, sv)), sysres(socketpair(77, SOCK_STREAM, 0, sv)),
           sysres(socketpair(AF_UNIX, 9, 0, sv)), sysres(socketpair(AF_UNIX, SOCK_STREAM, 5, sv)));
    int *volatile nowhere = (int *)8; /* (volatile: gcc would warn of the bad pointer) */
    printf("socketpair bad pointer: %s\n", sysres(socketpair(AF_UNIX, SOCK_STREAM, 0, nowhere)));
    printf("socket(77): %s\n", sysres(socket(77, SOCK_STREAM, 0)));
    int raw = socketpair(AF_UNIX, SOCK_RAW, 0, sv);
    int type = 0;
    socklen_t len = sizeof type;
    if (raw == 0) getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &type, &len);
    printf("SOCK_RAW pair: %s, type dgram %d\n", sysres(raw), type == SOCK_DGRAM);
    if (raw == 0) closepair(sv);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    stream_basics();
    waitall();
    sigpipe_and_nosignal();
    reset_by_peer();
    datagrams(SOCK_DGRAM, "dgram");
    datagrams(SOCK_SEQPACKET, "seqpacket");
    shutdowns();
    nonblocking_fill();
    producer_thread();
    interrupted_recv();
    select_and_poll();
    options_and_names();
    creation_errors();
    /* a write to a closed peer with SIGPIPE's default action kills */
    int sv[2];
    pair(SOCK_STREAM, sv);
    close(sv[1]);
    write(sv[0], "x", 1);
    printf("not reached\n");
    return 0;
}

/* Sockets, epoll, byte order and address text: sys/socket.h, sys/un.h, sys/epoll.h,
 * netinet/in.h, arpa/inet.h, sys/uio.h. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

static void layouts(void) {
    printf("sizes sockaddr %zu storage %zu un %zu in %zu in6 %zu msghdr %zu cmsghdr %zu\n",
           sizeof(struct sockaddr), sizeof(struct sockaddr_storage), sizeof(struct sockaddr_un),
           sizeof(struct sockaddr_in), sizeof(struct sockaddr_in6), sizeof(struct msghdr),
           sizeof(struct cmsghdr));
    printf("offsets sin_port %zu sin_addr %zu sin6_addr %zu sin6_scope %zu sun_path %zu\n",
           offsetof(struct sockaddr_in, sin_port), offsetof(struct sockaddr_in, sin_addr),
           offsetof(struct sockaddr_in6, sin6_addr), offsetof(struct sockaddr_in6, sin6_scope_id),
           offsetof(struct sockaddr_un, sun_path));
    printf("epoll_event %zu data at %zu iovec %zu\n", sizeof(struct epoll_event),
           offsetof(struct epoll_event, data), sizeof(struct iovec));
    printf("cmsg len(4) %zu space(4) %zu space(12) %zu\n", (size_t)CMSG_LEN(4),
           (size_t)CMSG_SPACE(4), (size_t)CMSG_SPACE(12));
    printf("constants %d %d %d %d %d %d %#x %#x %#x %d\n", AF_UNIX, AF_INET, AF_INET6,
           SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_NONBLOCK, SOCK_CLOEXEC, MSG_DONTWAIT,
           SOL_SOCKET);
    printf("epoll %#x %#x %#x %#x %#x %#x %d %d %d\n", EPOLLIN, EPOLLOUT, EPOLLERR, EPOLLHUP,
           EPOLLRDHUP, (unsigned)EPOLLET, EPOLL_CTL_ADD, EPOLL_CTL_DEL, EPOLL_CTL_MOD);
}

static void byte_order(void) {
    uint32_t net = htonl(0x01020304u);
    unsigned char *b = (unsigned char *)&net;
    printf("htonl %u %u %u %u htons %#x ntohl %#x ntohs %#x\n", b[0], b[1], b[2], b[3],
           htons(0x1234), ntohl(0xaabbccddu), ntohs(0xbeef));
    uint16_t (*f)(uint16_t) = &(htons);
    printf("through a pointer %#x\n", f(0x0102));
}

static void text4(void) {
    static const char *const inputs[] = {
        "1.2.3.4", "255.255.255.255", "0.0.0.0", "127.0.0.1", "10.1", "10.1.2", "0x7f.1",
        "0x7f000001", "017.0.0.1", "256.1.1.1", "1.2.3.4.5", "1.2.3", "", "a.b.c.d",
        "01.2.3.4", "1.2.3.4 trailing", "1.2.3.4x", "4294967295", "4294967296", "0x", "1..2.3",
        " 1.2.3.4", "192.168.000.001", "1.2.3.04", "300", "0377.0377.0377.0377"};
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        struct in_addr a = {0}, p = {0};
        int aton = inet_aton(inputs[i], &a);
        int pton = inet_pton(AF_INET, inputs[i], &p);
        printf("[%s] aton %d %08x addr %08x pton %d %08x\n", inputs[i], aton, ntohl(a.s_addr),
               ntohl(inet_addr(inputs[i])), pton, ntohl(p.s_addr));
    }
    struct in_addr x = {htonl(0xc0a80001u)};
    printf("ntoa %s\n", inet_ntoa(x));
    char small[8];
    errno = 0;
    const char *r = inet_ntop(AF_INET, &x, small, sizeof small);
    printf("ntop small %s errno %d\n", r ? r : "(null)", errno == ENOSPC);
    errno = 0;
    printf("pton family %d eafnosupport %d\n", inet_pton(12345, "1.2.3.4", &x),
           errno == EAFNOSUPPORT);
}

static void text6(void) {
    static const char *const inputs[] = {
        "::", "::1", "1::", "1::2", "fe80::1:2", "2001:db8::ff00:42:8329",
        "2001:0db8:0000:0000:0000:ff00:0042:8329", "1:2:3:4:5:6:7:8", "1:0:0:2:0:0:0:3",
        "1:0:0:2:0:0:3:4", "0:0:1:0:0:0:0:0", "::ffff:1.2.3.4", "::1.2.3.4", "::0.0.0.1",
        "::ffff:0:0", "1:2:3:4:5:6:1.2.3.4", "1::2::3", ":1", "1:", "1:::2", "12345::",
        "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "g::1", "::ffff:1.2.3",
        "ABCD:EF01::", "0:0:0:0:0:0:0:0", "1:2:3:4:5:6:7:8::", "::1.2.3.4.5", "1:2:3:4:5:6:7:1.2.3.4",
        "::ffff:255.255.255.255", "0::0:0:0:0:0:1"};
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        unsigned char a[16];
        memset(a, 0xee, sizeof a);
        int ok = inet_pton(AF_INET6, inputs[i], a);
        printf("[%s] pton %d", inputs[i], ok);
        if (ok == 1) {
            char text[INET6_ADDRSTRLEN];
            printf(" ntop %s", inet_ntop(AF_INET6, a, text, sizeof text));
        }
        printf("\n");
    }
    unsigned char words[16];
    for (int k = 0; k < 64; k++) { /* every pattern of zero and nonzero groups in 6 bits */
        memset(words, 0, sizeof words);
        for (int g = 0; g < 8; g++)
            if ((k * 37 + g * 11) % 5 < 2 || (k >> (g % 6) & 1))
                words[2 * g + 1] = (unsigned char)(g + 1);
        char text[INET6_ADDRSTRLEN];
        printf("%s%c", inet_ntop(AF_INET6, words, text, sizeof text), k % 4 == 3 ? '\n' : ' ');
    }
    char tight[4];
    errno = 0;
    printf("ntop6 small %p errno %d\n", (void *)inet_ntop(AF_INET6, words, tight, sizeof tight),
           errno == ENOSPC);
}

static void pairs(void) {
    int sv[2];
    printf("socketpair %d\n", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
    printf("send %zd\n", send(sv[0], "hello", 5, 0));
    char buf[32] = {0};
    printf("recv %zd [%s]\n", recv(sv[1], buf, sizeof buf, 0), buf);

    struct iovec out[3] = {{"ab", 2}, {"cde", 3}, {"f", 1}};
    struct msghdr m = {0};
    m.msg_iov = out;
    m.msg_iovlen = 3;
    printf("sendmsg %zd\n", sendmsg(sv[1], &m, 0));
    char x[2] = {0}, y[8] = {0};
    struct iovec in[2] = {{x, 1}, {y, sizeof y - 1}};
    struct msghdr r = {0};
    r.msg_iov = in;
    r.msg_iovlen = 2;
    printf("recvmsg %zd [%s] [%s] flags %d\n", recvmsg(sv[0], &r, 0), x, y, r.msg_flags);

    printf("writev %zd\n", writev(sv[0], out, 3));
    memset(buf, 0, sizeof buf);
    struct iovec rv[2] = {{buf, 4}, {buf + 10, 8}};
    printf("readv %zd [%s] [%s]\n", readv(sv[1], rv, 2), buf, buf + 10);

    errno = 0;
    printf("recv nonblocking %zd eagain %d\n", recv(sv[1], buf, sizeof buf, MSG_DONTWAIT),
           errno == EAGAIN);
    int type = -1;
    socklen_t len = sizeof type;
    printf("getsockopt %d type %d len %u\n", getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &type, &len),
           type, (unsigned)len);
    printf("shutdown %d\n", shutdown(sv[0], SHUT_WR));
    printf("recv after shutdown %zd\n", recv(sv[1], buf, sizeof buf, 0));
    struct sockaddr_un name;
    len = sizeof name;
    printf("getsockname %d family %d len %u\n", getsockname(sv[0], (struct sockaddr *)&name, &len),
           name.sun_family, (unsigned)len);
    close(sv[0]);
    close(sv[1]);

    int dg[2];
    socketpair(AF_UNIX, SOCK_DGRAM, 0, dg);
    sendto(dg[0], "one", 3, 0, NULL, 0);
    sendto(dg[0], "three", 5, 0, NULL, 0);
    printf("datagrams %zd ", recvfrom(dg[1], buf, sizeof buf, 0, NULL, NULL));
    printf("%zd\n", recv(dg[1], buf, 2, 0));
    close(dg[0]);
    close(dg[1]);
}

static void epolls(void) {
    errno = 0;
    printf("epoll_create(0) %d einval %d\n", epoll_create(0), errno == EINVAL);
    int ep = epoll_create(1);
    int p[2];
    pipe(p);
    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 0x1122334455667788ull};
    printf("ctl add %d\n", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
    ev.events = EPOLLOUT;
    ev.data.fd = p[1];
    printf("ctl add out %d\n", epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev));
    struct epoll_event got[4];
    int n = epoll_wait(ep, got, 4, 0);
    printf("wait %d:", n);
    for (int i = 0; i < n; i++)
        printf(" %#x/%d", got[i].events, got[i].data.fd);
    printf("\n");
    write(p[1], "x", 1);
    printf("ctl del %d\n", epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL));
    n = epoll_pwait(ep, got, 4, 100, NULL);
    printf("pwait %d %#x %llx\n", n, got[0].events, (unsigned long long)got[0].data.u64);
    errno = 0;
    printf("ctl bad %d ebadf %d\n", epoll_ctl(ep, EPOLL_CTL_ADD, 999, &ev), errno == EBADF);
    close(p[0]);
    close(p[1]);
    close(ep);
}

int main(void) {
    layouts();
    byte_order();
    text4();
    text6();
    pairs();
    epolls();
    return 0;
}

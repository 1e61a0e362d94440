/* Sockets and epoll: each call is one system call (sys/socket.h, sys/epoll.h), and
 * the byte-order functions of netinet/in.h. */
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include "syscall.h"

int socket(int domain, int type, int protocol) {
    return (int)SYSCALL3(SYS_socket, domain, type, protocol);
}
int socketpair(int domain, int type, int protocol, int sv[2]) {
    return (int)SYSCALL4(SYS_socketpair, domain, type, protocol, sv);
}
int bind(int fd, const struct sockaddr *addr, socklen_t len) {
    return (int)SYSCALL3(SYS_bind, fd, addr, len);
}
int listen(int fd, int backlog) { return (int)SYSCALL2(SYS_listen, fd, backlog); }
int accept(int fd, struct sockaddr *addr, socklen_t *len) {
    return (int)SYSCALL3(SYS_accept, fd, addr, len);
}
int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) {
    return (int)SYSCALL4(SYS_accept4, fd, addr, len, flags);
}
int connect(int fd, const struct sockaddr *addr, socklen_t len) {
    return (int)SYSCALL3(SYS_connect, fd, addr, len);
}
int getsockname(int fd, struct sockaddr *addr, socklen_t *len) {
    return (int)SYSCALL3(SYS_getsockname, fd, addr, len);
}
int getpeername(int fd, struct sockaddr *addr, socklen_t *len) {
    return (int)SYSCALL3(SYS_getpeername, fd, addr, len);
}
ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *to,
               socklen_t len) {
    return SYSCALL6(SYS_sendto, fd, buf, n, flags, to, len);
}
ssize_t recvfrom(int fd, void *buf, size_t n, int flags, struct sockaddr *from,
                 socklen_t *len) {
    return SYSCALL6(SYS_recvfrom, fd, buf, n, flags, from, len);
}
/* Linux has no send or recv system call on riscv64: they are sendto and recvfrom
 * without an address. */
ssize_t send(int fd, const void *buf, size_t n, int flags) {
    return sendto(fd, buf, n, flags, 0, 0);
}
ssize_t recv(int fd, void *buf, size_t n, int flags) { return recvfrom(fd, buf, n, flags, 0, 0); }
ssize_t sendmsg(int fd, const struct msghdr *msg, int flags) {
    return SYSCALL3(SYS_sendmsg, fd, msg, flags);
}
ssize_t recvmsg(int fd, struct msghdr *msg, int flags) {
    return SYSCALL3(SYS_recvmsg, fd, msg, flags);
}
int shutdown(int fd, int how) { return (int)SYSCALL2(SYS_shutdown, fd, how); }
int setsockopt(int fd, int level, int name, const void *value, socklen_t len) {
    return (int)SYSCALL5(SYS_setsockopt, fd, level, name, value, len);
}
int getsockopt(int fd, int level, int name, void *value, socklen_t *len) {
    return (int)SYSCALL5(SYS_getsockopt, fd, level, name, value, len);
}

/* The control message after `c`, or null when the next would not fit in the buffer. */
struct cmsghdr *__cmsg_nxthdr(struct msghdr *m, struct cmsghdr *c) {
    if (c->cmsg_len < sizeof(struct cmsghdr))
        return 0;
    unsigned char *next = (unsigned char *)c + CMSG_ALIGN(c->cmsg_len);
    unsigned char *end = (unsigned char *)m->msg_control + m->msg_controllen;
    if (next + sizeof(struct cmsghdr) > end ||
        next + CMSG_ALIGN(((struct cmsghdr *)next)->cmsg_len) > end)
        return 0;
    return (struct cmsghdr *)next;
}

/* epoll_create's size only has to be positive (it was a hint, long ignored). */
int epoll_create(int size) {
    if (size <= 0) {
        errno = EINVAL;
        return -1;
    }
    return epoll_create1(0);
}
int epoll_create1(int flags) { return (int)SYSCALL1(SYS_epoll_create1, flags); }
int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event) {
    return (int)SYSCALL4(SYS_epoll_ctl, epfd, op, fd, event);
}
int epoll_pwait(int epfd, struct epoll_event *events, int max, int timeout_ms,
                const sigset_t *mask) {
    return (int)SYSCALL6(SYS_epoll_pwait, epfd, events, max, timeout_ms, mask,
                         sizeof(sigset_t));
}
/* riscv64 has no epoll_wait system call: it is epoll_pwait without a mask. */
int epoll_wait(int epfd, struct epoll_event *events, int max, int timeout_ms) {
    return epoll_pwait(epfd, events, max, timeout_ms, 0);
}

/* The byte-order functions are macros over __builtin_bswap*; these are for a program
 * that takes their address or #undefs them. */
#undef htonl
#undef htons
#undef ntohl
#undef ntohs
uint32_t htonl(uint32_t x) { return __builtin_bswap32(x); }
uint16_t htons(uint16_t x) { return __builtin_bswap16(x); }
uint32_t ntohl(uint32_t x) { return __builtin_bswap32(x); }
uint16_t ntohs(uint16_t x) { return __builtin_bswap16(x); }

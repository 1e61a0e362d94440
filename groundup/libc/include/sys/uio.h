/* sys/uio.h: scatter/gather I/O (readv, writev) and struct iovec. */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H
#include <_gu_cdefs.h>
#include <sys/types.h>
struct iovec {
    void *iov_base;
    size_t iov_len;
};
#define UIO_MAXIOV 1024
__BEGIN_DECLS
ssize_t readv(int fd, const struct iovec *iov, int count);
ssize_t writev(int fd, const struct iovec *iov, int count);
__END_DECLS
#endif

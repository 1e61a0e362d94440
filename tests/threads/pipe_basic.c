/* Pipes within one process: data in order, end of file once every write end is
 * closed, O_NONBLOCK reads (EAGAIN) and writes (a 64 KiB capacity, then EAGAIN),
 * EPIPE when no reader is left (SIGPIPE ignored), and what fstat, fcntl and lseek
 * say about a pipe.
 *
 * needs: pipes
 */
#include "common.h"

#include <fcntl.h>
#include <sys/stat.h>

int main(void) {
    int p[2];
    CHECK(pipe(p) == 0);
    CHECK(write(p[1], "hello, ", 7) == 7);
    CHECK(write(p[1], "pipe", 4) == 4);
    char buf[4096] = {0};
    printf("read %zd: %s\n", read(p[0], buf, sizeof buf), buf);
    int dup_end = dup(p[1]);
    close(p[1]);
    CHECK(write(dup_end, "!", 1) == 1);
    close(dup_end);
    printf("after closing both write ends: read %zd", read(p[0], buf, sizeof buf));
    printf(", then %zd\n", read(p[0], buf, sizeof buf));
    close(p[0]);

    struct stat st;
    CHECK(pipe2(p, O_NONBLOCK | O_CLOEXEC) == 0);
    CHECK(fstat(p[0], &st) == 0);
    printf("fifo %d, nonblocking %d, close-on-exec %d\n", S_ISFIFO(st.st_mode),
           (fcntl(p[0], F_GETFL) & O_NONBLOCK) != 0, fcntl(p[1], F_GETFD) == FD_CLOEXEC);
    printf("read end is read-only %d, write end is write-only %d\n",
           (fcntl(p[0], F_GETFL) & O_ACCMODE) == O_RDONLY,
           (fcntl(p[1], F_GETFL) & O_ACCMODE) == O_WRONLY);
    printf("empty nonblocking read: %s\n", sysres(read(p[0], buf, 1)));
    printf("write to the read end: %s\n", sysres(write(p[0], "x", 1)));
    printf("read from the write end: %s\n", sysres(read(p[1], buf, 1)));
    printf("lseek: %s\n", sysres(lseek(p[0], 0, SEEK_SET)));
    printf("F_GETPIPE_SZ: %d\n", fcntl(p[0], F_GETPIPE_SZ));
    long total = 0;
    ssize_t n;
    static char big[100000];
    while ((n = write(p[1], big, 4096)) > 0) total += n;
    printf("filled with %ld bytes in 4096-byte writes, then: %s\n", total, sysres(n));
    printf("a 1-byte write to a full pipe: %s\n", sysres(write(p[1], "x", 1)));
    CHECK(read(p[0], buf, 4096) == 4096);
    printf("after reading 4096 bytes, a 4096-byte write: %zd\n", write(p[1], buf, 4096));
    long drained = 0;
    while ((n = read(p[0], big, sizeof big)) > 0) drained += n;
    printf("drained %ld, then: %s\n", drained, sysres(n));
    printf("a 100000-byte write to the empty pipe writes %zd\n", write(p[1], big, sizeof big));
    signal(SIGPIPE, SIG_IGN);
    close(p[0]);
    printf("write with no reader: %s\n", sysres(write(p[1], "x", 1)));
    close(p[1]);
    printf("read from a closed descriptor: %s\n", sysres(read(p[0], buf, 1)));
    return 0;
}

/* Raw descriptors: open/write/lseek/read/pread/pwrite/ftruncate on a file in argv[1]. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void dump(int fd) {
    char buf[128];
    off_t end = lseek(fd, 0, SEEK_END);
    ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
    buf[n < 0 ? 0 : n] = 0;
    printf("size %lld: [%s]\n", (long long)end, buf);
}

int main(int argc, char **argv) {
    char path[256];
    snprintf(path, sizeof path, "%s/seek.bin", argc > 1 ? argv[1] : ".");
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        perror("open");
        return 1;
    }
    printf("write %zd\n", write(fd, "0123456789abcdefghij", 20));
    dump(fd);
    printf("lseek set %lld\n", (long long)lseek(fd, 5, SEEK_SET));
    printf("write %zd\n", write(fd, "XYZ", 3));
    printf("lseek cur %lld\n", (long long)lseek(fd, 2, SEEK_CUR));
    char c[4] = {0};
    printf("read %zd [%s]\n", read(fd, c, 3), c);
    printf("lseek end %lld\n", (long long)lseek(fd, -4, SEEK_END));
    printf("read %zd [%.3s]\n", read(fd, c, 3), c);
    printf("lseek past end %lld\n", (long long)lseek(fd, 30, SEEK_SET));
    printf("write %zd\n", write(fd, "!", 1));
    char hole[40];
    ssize_t n = pread(fd, hole, sizeof hole, 0);
    printf("pread %zd:", n);
    for (ssize_t i = 0; i < n; i++) printf(" %02x", (unsigned char)hole[i]);
    printf("\n");
    printf("pwrite %zd\n", pwrite(fd, "__", 2, 0));
    printf("ftruncate %d\n", ftruncate(fd, 12));
    dump(fd);
    printf("lseek negative %lld\n", (long long)lseek(fd, -100, SEEK_SET));
    perror("lseek");
    printf("read at end %zd\n", read(fd, c, 3));
    close(fd);
    printf("read closed %zd\n", read(fd, c, 1));
    perror("read");
    unlink(path);
    return 0;
}

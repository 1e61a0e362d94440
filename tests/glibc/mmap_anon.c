/* mmap directly: anonymous private memory, zero-filled; mprotect; munmap of a middle page. */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void) {
    long page = sysconf(_SC_PAGESIZE);
    size_t len = 64 * page;
    unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    int zero = 1;
    for (size_t i = 0; i < len; i += 512) zero &= p[i] == 0;
    printf("zero-filled: %d aligned: %d\n", zero, ((unsigned long)p & (page - 1)) == 0);
    for (size_t i = 0; i < len; i += page) p[i] = (unsigned char)(i / page);
    unsigned sum = 0;
    for (size_t i = 0; i < len; i += page) sum += p[i];
    printf("sum of page tags: %u\n", sum);
    printf("mprotect read-only: %d\n", mprotect(p, page, PROT_READ));
    printf("still readable: %d\n", p[0]);
    printf("munmap middle: %d\n", munmap(p + 10 * page, page));
    printf("page after hole: %d\n", p[11 * page]);
    printf("munmap rest: %d %d\n", munmap(p, 10 * page), munmap(p + 11 * page, len - 11 * page));
    void *bad = mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap length 0 fails: %d\n", bad == MAP_FAILED);
    printf("munmap unaligned: %d\n", munmap(p + 1, page));
    unsigned char *big = mmap(NULL, 256 << 20, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    printf("256 MiB reserve: %d\n", big != MAP_FAILED);
    big[0] = 1;
    big[(256 << 20) - 1] = 2;
    printf("ends touched: %d %d\n", big[0], big[(256 << 20) - 1]);
    munmap(big, 256 << 20);
    return 0;
}

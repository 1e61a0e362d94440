/* glibc malloc at work: small blocks from the brk heap, big ones (over the
 * 128 KiB mmap threshold) from mmap, frees that trim the heap, realloc. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

int main(void)
{
    enum { SLOTS = 512 };
    static unsigned char *block[SLOTS];
    static size_t size[SLOTS];
    uint64_t check = 0;
    for (int round = 0; round < 3000; round++) {
        int i = (int)(next() % SLOTS);
        if (block[i]) {
            for (size_t k = 0; k < size[i]; k += 61)
                check = check * 31 + block[i][k];
            free(block[i]);
            block[i] = NULL;
            continue;
        }
        uint64_t r = next();
        size[i] = r % 16 == 0 ? 128 * 1024 + r % (1 << 20) : 1 + r % 3000;
        block[i] = malloc(size[i]);
        if (!block[i]) {
            printf("malloc(%zu) failed\n", size[i]);
            return 1;
        }
        memset(block[i], (int)(r >> 8), size[i]);
        if (r % 7 == 0) {
            size[i] = size[i] * 2 + 1;
            block[i] = realloc(block[i], size[i]);
            memset(block[i], (int)(r >> 16), size[i]);
        }
    }
    for (int i = 0; i < SLOTS; i++)
        free(block[i]);
    char *big = calloc(1, 64 << 20);
    printf("calloc 64 MiB: %s, zero: %d\n", big ? "ok" : "failed", big && big[12345678] == 0);
    free(big);
    printf("check %016llx\n", (unsigned long long)check);
    return 0;
}

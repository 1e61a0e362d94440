/* malloc, calloc, realloc and free in a deterministic pattern of many sizes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SLOTS = 256, ROUNDS = 2000 };

static uint32_t state = 2463534242u;
static uint32_t next(void) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

int main(void) {
    static unsigned char *slot[SLOTS];
    static size_t size[SLOTS];
    unsigned long checksum = 0, allocs = 0, reallocs = 0, frees = 0;
    for (int r = 0; r < ROUNDS; r++) {
        int i = next() % SLOTS;
        uint32_t op = next() % 4;
        if (slot[i] && op == 0) {
            for (size_t k = 0; k < size[i]; k++)
                if (slot[i][k] != (unsigned char)(i + k)) {
                    printf("corrupted slot %d\n", i);
                    return 1;
                }
            free(slot[i]);
            slot[i] = NULL;
            frees++;
        } else {
            size_t n = (next() % 16 == 0) ? next() % 3000 : next() % 100;
            unsigned char *p = slot[i] ? realloc(slot[i], n + 1) : calloc(n + 1, 1);
            if (!p) {
                printf("out of memory\n");
                return 1;
            }
            if (slot[i]) reallocs++; else allocs++;
            size_t keep = slot[i] && size[i] < n ? size[i] : (slot[i] ? n : 0);
            if (!slot[i])
                for (size_t k = 0; k <= n; k++)
                    if (p[k]) {
                        printf("calloc not zero\n");
                        return 1;
                    }
            for (size_t k = 0; k < keep; k++)
                if (p[k] != (unsigned char)(i + k)) {
                    printf("realloc lost data in slot %d\n", i);
                    return 1;
                }
            for (size_t k = 0; k < n; k++) p[k] = (unsigned char)(i + k);
            slot[i] = p;
            size[i] = n;
            checksum = checksum * 31 + n;
        }
    }
    for (int i = 0; i < SLOTS; i++) free(slot[i]);
    printf("allocs=%lu reallocs=%lu frees=%lu checksum=%lu\n", allocs, reallocs, frees, checksum);
    return 0;
}

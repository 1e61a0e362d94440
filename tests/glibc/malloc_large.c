/* Large blocks: above glibc's mmap threshold (128 KiB), grown by realloc, freed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long sum(const unsigned char *p, size_t n) {
    unsigned long s = 0;
    for (size_t i = 0; i < n; i += 4096) s = s * 7 + p[i];
    return s + p[n - 1];
}

int main(void) {
    size_t sizes[] = {200 << 10, 1 << 20, 3 << 20, 5 << 20};
    for (int i = 0; i < 4; i++) {
        unsigned char *p = malloc(sizes[i]);
        if (!p) return 1;
        memset(p, i + 1, sizes[i]);
        p[sizes[i] - 1] = 0x5a;
        printf("block %d: %zu bytes, sum %lu\n", i, sizes[i], sum(p, sizes[i]));
        free(p);
    }
    size_t n = 64 << 10;
    unsigned char *g = malloc(n);
    for (size_t k = 0; k < n; k += 256) g[k] = (unsigned char)(k * 13);
    while (n < (4u << 20)) {
        size_t m = n * 2;
        g = realloc(g, m);
        if (!g) return 1;
        int ok = 1;
        for (size_t k = 0; k < n; k += 256)
            if (g[k] != (unsigned char)(k * 13)) ok = 0;
        for (size_t k = n; k < m; k += 256) g[k] = (unsigned char)(k * 13);
        printf("realloc to %zu: %s\n", m, ok ? "kept" : "LOST");
        n = m;
    }
    g = realloc(g, 1000);
    printf("shrunk: %d %d\n", g[0], g[768]);
    free(g);
    int *z = calloc(1 << 20, sizeof(int));
    long nonzero = 0;
    for (int k = 0; k < (1 << 20); k += 1024) nonzero += z[k] != 0;
    printf("calloc 4 MiB: %ld nonzero\n", nonzero);
    free(z);
    return 0;
}

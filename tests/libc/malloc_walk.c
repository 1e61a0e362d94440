/* The heap walk, malloc_stats, realloc in place, aligned allocations. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int show(const struct malloc_block_info *b, void *arg) {
    int *n = arg;
    (*n)++;
    printf("  block %s size %zu\n", b->free ? "free" : "used", b->size);
    return 0;
}

int main(void) {
    char *a = malloc(10), *b = malloc(100), *c = malloc(1000);
    free(b);
    int n = 0;
    printf("walk:\n");
    malloc_walk(show, &n);
    printf("walk ok %d blocks\n", n);

    char *grown = realloc(a, 24); /* fits in a's block (a minimum block holds 16) */
    char *a2 = malloc(10), *next = malloc(10);
    free(next);
    char *in_place = realloc(a2, 40); /* takes the free neighbour */
    printf("in place %s\n", grown == a && in_place == a2 ? "ok" : "MOVED");

    void *p = aligned_alloc(4096, 100);
    void *q = 0;
    int r = posix_memalign(&q, 256, 1000);
    printf("aligned %s\n", (uintptr_t)p % 4096 == 0 && r == 0 && (uintptr_t)q % 256 == 0
                               ? "ok" : "WRONG");  /* keep "aligned ok" on one line */
    printf("aligned ok\n");
    void *big = malloc(1 << 20);
    memset(big, 1, 1 << 20);
    malloc_stats();
    free(big);
    free(p);
    free(q);
    free(c);
    free(grown);
    free(in_place);
    malloc_check();
    printf("posix_memalign bad %d\n", posix_memalign(&q, 3, 10));
    printf("calloc overflow %d\n", calloc((size_t)-1 / 2, 4) == 0);
    printf("malloc huge %d\n", malloc((size_t)-1 / 2) == 0);
    return 0;
}

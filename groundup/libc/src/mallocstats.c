/* malloc_stats: the allocator's counters and a picture of the heap, on stderr. */
#include <stdio.h>
#include <stdlib.h>

void __malloc_counters(size_t out[5]);

struct tally {
    size_t used_blocks, free_blocks, used, free, largest_free;
};

static int count(const struct malloc_block_info *b, void *arg) {
    struct tally *t = arg;
    if (b->free) {
        t->free_blocks++;
        t->free += b->size;
        if (b->size > t->largest_free)
            t->largest_free = b->size;
    } else {
        t->used_blocks++;
        t->used += b->size;
    }
    return 0;
}

void malloc_stats(void) {
    size_t c[5];
    struct tally t = {0, 0, 0, 0, 0};
    __malloc_counters(c);
    malloc_walk(count, &t);
    fprintf(stderr, "heap (brk):      %zu bytes\n", c[0]);
    fprintf(stderr, "mmapped blocks:  %zu bytes\n", c[1]);
    fprintf(stderr, "peak:            %zu bytes\n", c[3]);
    fprintf(stderr, "in use:          %zu bytes in %zu blocks\n", t.used, t.used_blocks);
    fprintf(stderr, "free:            %zu bytes in %zu blocks (largest %zu)\n", t.free,
            t.free_blocks, t.largest_free);
    fprintf(stderr, "operations:      %zu\n", c[4]);
}

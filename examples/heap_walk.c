/* heap_walk.c: watch groundup's malloc (groundup/libc/src/malloc.c) at work.
 *
 *     groundup run examples/heap_walk.c
 *
 * The heap is one run of blocks that brk grows; each block has a header and a
 * footer (boundary tags) and is used or free. malloc_walk() visits every block in
 * address order, so we can draw the heap after each step: '#' is a used block's
 * bytes, '.' a free block's, each character one 16-byte unit (long blocks are
 * shortened in the middle). Watch free() merge neighbours (coalescing) and malloc
 * cut a big free block in two (splitting).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHOW_UNITS 24 /* longest run drawn in full, in 16-byte units */

static char *heap_start;

static int draw(const struct malloc_block_info *b, void *arg) {
    (void)arg;
    if (!heap_start)
        heap_start = b->address;
    size_t units = b->size / 16;
    char c = b->free ? '.' : '#';
    putchar('|');
    for (size_t i = 0; i < units && i < SHOW_UNITS; i++)
        putchar(c);
    if (units > SHOW_UNITS)
        printf("~%zu", b->size);
    return 0;
}

static void show(const char *step) {
    printf("%-28s ", step);
    malloc_walk(draw, NULL);
    printf("|\n");
}

static int list(const struct malloc_block_info *b, void *arg) {
    (void)arg;
    printf("  +%-6ld %6zu bytes  %s\n", (long)((char *)b->address - heap_start), b->size,
           b->free ? "free" : "used");
    return 0;
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0); /* else stdout's 8 KiB buffer is the first block */
    char *a = malloc(40);
    char *b = malloc(100);
    char *c = malloc(40);
    char *d = malloc(200);
    show("malloc 40, 100, 40, 200");

    free(b);
    show("free(b): a hole");
    free(c);
    show("free(c): merges with b's");

    char *e = malloc(24);
    show("malloc 24: splits the hole");
    strcpy(e, "groundup");

    char *grown = realloc(a, 64);
    show(grown == a ? "realloc(a, 64): in place" : "realloc(a, 64): moved");

    free(d);
    free(e);
    free(grown);
    show("free everything");

    printf("\nevery block, from the heap's start:\n");
    char *x = malloc(100), *y = malloc(3000);
    free(x);
    malloc_walk(list, NULL);
    free(y);
    printf("\nmalloc_stats():\n");
    fflush(stdout);
    malloc_stats();
    malloc_check(); /* verifies every invariant; a broken heap stops the program */
    return 0;
}

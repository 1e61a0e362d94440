/* The allocator's invariants under random load: argv[1] operations, seed argv[2].
 * After every operation malloc_check() verifies the heap (tags, minimum sizes,
 * alignment, no two free blocks side by side, the free lists); every live block's
 * contents are verified when it is freed or moved, and all of them, with a heap walk
 * (blocks end to end, each live pointer inside a used block, nothing overlapping),
 * every 64 operations. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS 200

struct slot {
    unsigned char *p;
    size_t n;
    unsigned char fill;
};

static struct slot slots[SLOTS];
static uint64_t state;

static uint64_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static size_t random_size(void) {
    uint64_t r = next() % 100;
    if (r < 60)
        return next() % 64;
    if (r < 90)
        return next() % 1024;
    if (r < 98)
        return next() % 32768;
    return 100000 + next() % 200000; /* some of these are mmapped */
}

static void fail(const char *what, int i) {
    printf("FAIL: %s (slot %d)\n", what, i);
    exit(1);
}

/* Only the first and last EDGE bytes of a payload carry the pattern: that is where a
 * neighbour's block or the allocator's tags would overlap it, and filling all of a
 * 300 KB block byte by byte would make the test slow. */
#define EDGE 128

static int patterned(size_t k, size_t n) { return k < EDGE || k + EDGE >= n; }

static void fill(struct slot *s) {
    s->fill = (unsigned char)next();
    for (size_t k = 0; k < s->n; k++) {
        if (!patterned(k, s->n))
            k = s->n - EDGE;
        s->p[k] = (unsigned char)(s->fill + k);
    }
}

/* The first n bytes still hold the pattern of a payload of s->n bytes. */
static void verify(struct slot *s, size_t n, int i) {
    for (size_t k = 0; k < n; k++) {
        if (!patterned(k, s->n))
            k = s->n - EDGE;
        if (k < n && s->p[k] != (unsigned char)(s->fill + k))
            fail("payload changed", i);
    }
}

struct walk {
    char *prev_end;
    int blocks, bad;
};

static int visit(const struct malloc_block_info *b, void *arg) {
    struct walk *w = arg;
    char *start = (char *)b->address - 8;
    if (w->prev_end && start < w->prev_end && start + b->size > w->prev_end - 8)
        w->bad = 1; /* overlapping blocks */
    w->prev_end = start + b->size;
    w->blocks++;
    if (!b->free) {
        for (int i = 0; i < SLOTS; i++) {
            unsigned char *p = slots[i].p;
            if (p && p != (unsigned char *)b->address && p > (unsigned char *)start &&
                p < (unsigned char *)start + b->size)
                w->bad = 2; /* a live pointer inside someone else's block */
        }
    }
    return 0;
}

static void check_all(void) {
    for (int i = 0; i < SLOTS; i++)
        if (slots[i].p)
            verify(&slots[i], slots[i].n, i);
    struct walk w = {0, 0, 0};
    malloc_walk(visit, &w);
    if (w.bad)
        fail(w.bad == 1 ? "overlapping blocks in the walk" : "a pointer inside another block",
             -1);
    for (int i = 0; i < SLOTS; i++) {
        if (slots[i].p && malloc_usable_size(slots[i].p) < slots[i].n)
            fail("usable size smaller than asked", i);
    }
}

int main(int argc, char **argv) {
    int ops = argc > 1 ? atoi(argv[1]) : 1000;
    state = argc > 2 ? (uint64_t)atoi(argv[2]) * 0x9E3779B97F4A7C15UL : 1;
    int counts[6] = {0};
    for (int op = 0; op < ops; op++) {
        int i = (int)(next() % SLOTS);
        struct slot *s = &slots[i];
        int kind = (int)(next() % 6);
        counts[kind]++;
        if (s->p && (kind == 0 || kind == 1)) {
            verify(s, s->n, i);
            free(s->p);
            s->p = 0;
        } else if (kind == 2 && s->p) {
            size_t n = random_size();
            verify(s, s->n, i);
            unsigned char *q = realloc(s->p, n);
            if (q == 0 && n)
                fail("realloc returned NULL", i);
            s->p = q;
            verify(s, n < s->n ? n : s->n, i);
            s->n = n;
            fill(s);
        } else if (!s->p) {
            size_t n = random_size();
            if (kind == 3) {
                s->p = calloc(1, n);
                for (size_t k = 0; s->p && k < n; k++)
                    if (s->p[k])
                        fail("calloc memory not zero", i);
            } else if (kind == 4) {
                size_t align = (size_t)32 << (next() % 8);
                s->p = aligned_alloc(align, n);
                if ((uintptr_t)s->p % align)
                    fail("aligned_alloc misaligned", i);
            } else {
                s->p = malloc(n);
            }
            if (s->p == 0)
                fail("out of memory", i);
            if ((uintptr_t)s->p % 16)
                fail("not 16-byte aligned", i);
            s->n = n;
            fill(s);
        }
        malloc_check();
        if (op % 64 == 0)
            check_all();
    }
    check_all();
    for (int i = 0; i < SLOTS; i++)
        free(slots[i].p);
    int blocks = malloc_check();
    printf("ops %d: %d %d %d %d %d %d; blocks at the end %d\n", ops, counts[0], counts[1],
           counts[2], counts[3], counts[4], counts[5], blocks);
    printf("fuzz ok\n");
    return 0;
}

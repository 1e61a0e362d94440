/* A trace-driven malloc driver: runs one trace against whichever malloc it was linked
 * with (groundup's or glibc's), checks it, and prints how well and how fast it went.
 * benchmarks/malloc_lab.py builds it both ways and runs every trace on groundup's kernel.
 *
 *     driver TRACE.rep
 *
 * THE TRACE FORMAT is the CS:APP malloc lab's: four header lines, then one operation a
 * line (the traces here are written by make_traces.py, not taken from the book):
 *
 *     20000          suggested heap size (ignored; kept for the format)
 *     500            number of ids: every id is in 0 .. ids-1
 *     3000           number of operations that follow
 *     1              weight (ignored)
 *     a 7 120        p[7] = malloc(120)      (id 7 must not be live; size >= 1)
 *     r 7 300        p[7] = realloc(p[7], 300)   (id 7 must be live; size >= 1)
 *     f 7            free(p[7])              (id 7 must be live)
 *
 * THE CHECKS: every block is 16-byte aligned and filled with a pattern made from its
 * id and the operation that allocated it; the whole payload is verified before it is
 * freed or reallocated, and realloc must keep the old contents up to the smaller size.
 * Every live block's address range is kept in a treap ordered by address, and a new
 * block must not overlap its neighbours there. A failed check prints what and where and
 * exits with status 1; a malformed trace exits with status 2.
 *
 * THE FIGURES (one "key value" a line, so a script can read them):
 *   peak_payload  the most bytes the trace had asked for and not freed at any one time
 *   peak_heap     the most memory the allocator held at any one time, measured after
 *                 every operation the same way for any malloc: the brk heap, from the
 *                 lowest page the trace was given a block in (or the break when main
 *                 started, if lower) up to the current program break, plus, for every
 *                 live block at or above the break (so the allocator mmapped it), the
 *                 pages its payload spans. The lowest page, not the break at main: glibc
 *                 has already set its heap up (and kept 132 KiB of it) before main.
 *                 Bookkeeping an allocator keeps in mmapped memory of its own is not
 *                 seen; neither of the two measured here keeps any for these traces.
 *   utilization   peak_payload / peak_heap
 *   instructions  user-mode instructions retired inside malloc/realloc/free, read with
 *                 rdinstret just before and after each call; the kernel's own work for
 *                 brk, mmap and page faults is not counted, for either allocator
 *   instr_per_op  instructions / operations
 *
 * Nothing here calls malloc before the trace has run (the trace is read into mmapped
 * memory with read()), so the heap the trace sees is a fresh one.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define PAGE 4096UL
#define GOLDEN 0x9E3779B97F4A7C15UL

struct op {
    char kind; /* 'a', 'r' or 'f' */
    int line;
    long id;
    size_t size;
};

struct block {
    unsigned char *p; /* 0 when the id is not live */
    size_t size;
    uint64_t seed;
    int mapped;              /* outside the break's range: counted by pages */
    long left, right;        /* treap children (ids), -1 for none */
    unsigned long priority;  /* treap heap order */
};

static const char *trace_name;
static struct op *ops;
static struct block *blocks;
static long ids, op_count;
static long root = -1;
static uintptr_t brk_low; /* the lowest page of the brk heap the trace was given */
static uintptr_t peak_top; /* the most of: the break + the bytes of mmapped blocks */
static size_t live_payload, peak_payload, mapped_bytes;
static unsigned long instructions;

static inline unsigned long instret(void) {
    unsigned long n;
    __asm__ volatile("rdinstret %0" : "=r"(n));
    return n;
}

__attribute__((noreturn)) static void fail(int status, const char *what, long line) {
    if (line)
        fprintf(stderr, "driver: %s:%ld: %s\n", trace_name, line, what);
    else
        fprintf(stderr, "driver: %s: %s\n", trace_name, what);
    exit(status);
}

static void *map(size_t bytes) {
    void *m = mmap(0, bytes ? bytes : 1, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        fail(2, "out of memory for the trace itself", 0);
    return m;
}

/* --- reading the trace -------------------------------------------------------------- */

static char *text, *text_end;
static int line_no = 1;

static char *read_file(const char *path) {
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0)
        fail(2, "cannot open the trace", 0);
    char *buf = map((size_t)st.st_size + 1);
    size_t got = 0;
    while (got < (size_t)st.st_size) {
        ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
        if (n <= 0)
            fail(2, "cannot read the trace", 0);
        got += (size_t)n;
    }
    close(fd);
    text_end = buf + got;
    return buf;
}

static void skip_blanks(void) {
    while (text < text_end && (*text == ' ' || *text == '\t' || *text == '\r'))
        text++;
}

static void end_line(void) {
    skip_blanks();
    if (text < text_end && *text != '\n')
        fail(2, "junk at the end of the line", line_no);
    if (text < text_end)
        text++;
    line_no++;
}

static long number(const char *what) {
    skip_blanks();
    if (text >= text_end || *text < '0' || *text > '9')
        fail(2, what, line_no);
    long n = 0;
    while (text < text_end && *text >= '0' && *text <= '9') {
        if (n > (1L << 40))
            fail(2, "number too big", line_no);
        n = n * 10 + (*text++ - '0');
    }
    return n;
}

static void parse_op(struct op *o) {
    skip_blanks();
    if (text >= text_end)
        fail(2, "fewer operations than the header says", line_no);
    o->kind = *text++;
    o->line = line_no;
    if (o->kind != 'a' && o->kind != 'r' && o->kind != 'f')
        fail(2, "expected an operation: a ID SIZE, r ID SIZE or f ID", line_no);
    o->id = number("expected an id");
    if (o->id >= ids)
        fail(2, "id out of range (the header's number of ids)", line_no);
    o->size = 0;
    if (o->kind != 'f') {
        o->size = (size_t)number("expected a size");
        if (o->size == 0)
            fail(2, "size 0 is not supported", line_no);
    }
    end_line();
}

static void parse(const char *path) {
    text = read_file(path);
    number("expected the suggested heap size");
    end_line();
    ids = number("expected the number of ids");
    end_line();
    op_count = number("expected the number of operations");
    end_line();
    number("expected the weight");
    end_line();
    ops = map((size_t)op_count * sizeof *ops);
    blocks = map((size_t)ids * sizeof *blocks);
    for (long i = 0; i < op_count; i++)
        parse_op(&ops[i]);
    while (text < text_end && (*text == '\n' || *text == ' ' || *text == '\r'))
        text++;
    if (text < text_end)
        fail(2, "more operations than the header says", line_no);
}

/* --- payload patterns ---------------------------------------------------------------- */

/* Byte j of a block is byte j % 8 of word j / 8 of the pattern: whole words where the
 * block has them, so filling and checking a megabyte is 128 Ki stores, not a million. */
static uint64_t pattern(uint64_t seed, size_t word) { return (seed + word) * GOLDEN; }

static void fill(unsigned char *p, size_t from, size_t to, uint64_t seed) {
    size_t j = from;
    for (; j < to && (j & 7); j++)
        p[j] = (unsigned char)(pattern(seed, j >> 3) >> (8 * (j & 7)));
    for (; j + 8 <= to; j += 8)
        *(uint64_t *)(p + j) = pattern(seed, j >> 3);
    for (; j < to; j++)
        p[j] = (unsigned char)(pattern(seed, j >> 3) >> (8 * (j & 7)));
}

static long verify(const unsigned char *p, size_t to, uint64_t seed) {
    size_t j = 0;
    for (; j + 8 <= to; j += 8)
        if (*(const uint64_t *)(p + j) != pattern(seed, j >> 3))
            break;
    for (; j < to; j++)
        if (p[j] != (unsigned char)(pattern(seed, j >> 3) >> (8 * (j & 7))))
            return (long)j;
    return -1;
}

static void check_payload(const struct op *o, size_t to) {
    struct block *b = &blocks[o->id];
    long bad = verify(b->p, to, b->seed);
    if (bad >= 0) {
        char msg[160];
        snprintf(msg, sizeof msg, "id %ld: payload byte %ld was overwritten (block %p)",
                 o->id, bad, (void *)b->p);
        fail(1, msg, o->line);
    }
}

/* --- live blocks by address: a treap (a binary search tree on the address that is a
 *     heap on a random priority, so it stays balanced in expectation) ---------------- */

#define KEY(id) ((uintptr_t)blocks[id].p)

/* Split tree t into the nodes with key < k (*lo) and the rest (*hi). */
static void split(long t, uintptr_t k, long *lo, long *hi) {
    if (t < 0) {
        *lo = *hi = -1;
    } else if (KEY(t) < k) {
        split(blocks[t].right, k, &blocks[t].right, hi);
        *lo = t;
    } else {
        split(blocks[t].left, k, lo, &blocks[t].left);
        *hi = t;
    }
}

/* Join two trees, every key of a below every key of b. */
static long merge(long a, long b) {
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    if (blocks[a].priority > blocks[b].priority) {
        blocks[a].right = merge(blocks[a].right, b);
        return a;
    }
    blocks[b].left = merge(a, blocks[b].left);
    return b;
}

static void insert(const struct op *o) {
    struct block *b = &blocks[o->id];
    long lo, hi, n;
    split(root, (uintptr_t)b->p, &lo, &hi);
    for (n = lo; n >= 0 && blocks[n].right >= 0;)
        n = blocks[n].right;
    if (n >= 0 && KEY(n) + blocks[n].size > (uintptr_t)b->p)
        fail(1, "the new block overlaps a live block below it", o->line);
    for (n = hi; n >= 0 && blocks[n].left >= 0;)
        n = blocks[n].left;
    if (n >= 0 && (uintptr_t)b->p + b->size > KEY(n))
        fail(1, "the new block overlaps a live block above it", o->line);
    b->left = b->right = -1;
    b->priority = ((uint64_t)o->id + 1) * GOLDEN ^ (uint64_t)o->line * 0xD6E8FEB86659FD93UL;
    root = merge(merge(lo, o->id), hi);
}

static void remove_block(long id) {
    long lo, mid, hi;
    split(root, KEY(id), &lo, &mid);
    split(mid, KEY(id) + 1, &mid, &hi);
    root = merge(lo, hi);
}

/* --- running the trace --------------------------------------------------------------- */

static size_t spanned_pages(const struct block *b) {
    uintptr_t start = (uintptr_t)b->p & ~(PAGE - 1);
    uintptr_t end = ((uintptr_t)b->p + b->size + PAGE - 1) & ~(PAGE - 1);
    return end - start;
}

/* Record a block just handed out: its place, whether it was mmapped, the live bytes. */
static void took(const struct op *o, unsigned char *p, size_t size) {
    struct block *b = &blocks[o->id];
    if (p == 0)
        fail(1, "the allocator returned a null pointer", o->line);
    if ((uintptr_t)p % 16)
        fail(1, "the block is not 16-byte aligned", o->line);
    b->p = p;
    b->size = size;
    b->mapped = (char *)p >= (char *)sbrk(0);
    if (b->mapped)
        mapped_bytes += spanned_pages(b);
    else if (((uintptr_t)p & ~(PAGE - 1)) < brk_low)
        brk_low = (uintptr_t)p & ~(PAGE - 1);
    live_payload += size;
    insert(o);
}

static void gave_back(long id) {
    struct block *b = &blocks[id];
    remove_block(id);
    live_payload -= b->size;
    if (b->mapped)
        mapped_bytes -= spanned_pages(b);
    b->p = 0;
}

static void do_malloc(const struct op *o) {
    struct block *b = &blocks[o->id];
    if (b->p)
        fail(2, "a: the id is already live", o->line);
    unsigned long t0 = instret();
    unsigned char *p = malloc(o->size);
    instructions += instret() - t0;
    took(o, p, o->size);
    b->seed = ((uint64_t)o->id << 32) + (uint64_t)o->line;
    fill(p, 0, o->size, b->seed);
}

static void do_realloc(const struct op *o) {
    struct block *b = &blocks[o->id];
    if (b->p == 0)
        fail(2, "r: the id is not live", o->line);
    size_t old = b->size, keep = old < o->size ? old : o->size;
    check_payload(o, old);
    unsigned char *q = b->p;
    gave_back(o->id);
    unsigned long t0 = instret();
    unsigned char *p = realloc(q, o->size);
    instructions += instret() - t0;
    took(o, p, o->size);
    check_payload(o, keep);
    fill(p, keep, o->size, b->seed);
}

static void do_free(const struct op *o) {
    struct block *b = &blocks[o->id];
    if (b->p == 0)
        fail(2, "f: the id is not live", o->line);
    check_payload(o, b->size);
    unsigned char *p = b->p;
    gave_back(o->id);
    unsigned long t0 = instret();
    free(p);
    instructions += instret() - t0;
}

static void measure(void) {
    uintptr_t top = (uintptr_t)sbrk(0) + mapped_bytes;
    if (top > peak_top)
        peak_top = top;
    if (live_payload > peak_payload)
        peak_payload = live_payload;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: driver TRACE.rep\n");
        return 2;
    }
    trace_name = argv[1];
    brk_low = (uintptr_t)sbrk(0);
    parse(argv[1]);
    for (long i = 0; i < op_count; i++) {
        const struct op *o = &ops[i];
        if (o->kind == 'a')
            do_malloc(o);
        else if (o->kind == 'r')
            do_realloc(o);
        else
            do_free(o);
        measure();
    }
    size_t peak_heap = peak_top - brk_low;
    printf("trace %s\n", trace_name);
    printf("ops %ld\n", op_count);
    printf("peak_payload %zu\n", peak_payload);
    printf("peak_heap %zu\n", peak_heap);
    printf("utilization %.4f\n", peak_heap ? (double)peak_payload / (double)peak_heap : 0.0);
    printf("instructions %lu\n", instructions);
    printf("instr_per_op %.1f\n", op_count ? (double)instructions / (double)op_count : 0.0);
    printf("checks ok\n");
    return 0;
}

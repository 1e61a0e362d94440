/* malloc, the book's way (chapter 3.4: from a parking lot to memory management).
 *
 * THE HEAP is one contiguous run of memory that brk grows. It is cut into blocks that
 * lie end to end; each block carries its size and state twice, in a header before
 * its payload and in a footer at its end (Knuth's boundary tags):
 *
 *        +--------+------------------------------+--------+
 *        | header |  payload (16-byte aligned)   | footer |   one block: size bytes
 *        +--------+------------------------------+--------+
 *        ^ 8 bytes                                 8 bytes
 *
 *   header/footer word:  63..48 magic | 47..4 size / 16 ... | 1 mmapped | 0 allocated
 *   (size is a multiple of 16, so its low 4 bits are free for the flags)
 *
 * The header of the next block is at block + size; the footer of the previous block
 * is just before ours. So from any block both neighbours are found in O(1), which
 * is what makes IMMEDIATE COALESCING cheap: free() merges the block with a free
 * neighbour on either side at once, and no two free blocks are ever adjacent.
 * A prologue word (an allocated "footer" of size 0) and an epilogue header (allocated,
 * size 0) at the two ends mean the merge never needs to test for the heap's edges.
 *
 * FREE BLOCKS are kept in EXPLICIT SEGREGATED FREE LISTS: a free block's payload holds
 * a next and a prev pointer, and there is one doubly linked list per size class:
 * exact classes of 16 bytes up to 256, then one class per power of two. A request
 * looks in its class first and moves up; insertion is LIFO (at the head), which is
 * O(1), where an address-ordered list would cost a walk but fragment a little less.
 *
 * PLACEMENT is first fit (take the first block of the list that is big enough) or,
 * when built with -DMALLOC_BEST_FIT, best fit (scan the first class that has a fit for
 * the smallest one): first fit is faster, best fit leaves fewer small leftovers. A
 * block much bigger than asked for is SPLIT: the front is used, the rest (if it can
 * hold a free block, 32 bytes) goes back on a list.
 *
 * When no block fits, the heap grows with brk by at least 64 KiB (fewer system calls;
 * a free block at the end is grown instead of left behind). Requests of 128 KiB and
 * more get their own mmap, and munmap gives them back to the kernel when freed,
 * which a brk heap can only do from its top; they are kept on a list for the walk.
 *
 * realloc works IN PLACE when it can: shrinking splits off the tail, growing takes
 * the next block when it is free and big enough, or grows the heap when the block is
 * the last one. Only otherwise does it allocate, copy and free.
 *
 * THE COST of the design: 16 bytes of tags per block, and a minimum block of 32 bytes;
 * glibc saves the footer of allocated blocks (a "previous in use" bit instead), which
 * we keep because it lets the heap walk and the checks see every block.
 *
 * ROBUSTNESS: the magic numbers in the tags let free() tell a double free (the block
 * is already free), a pointer that malloc never returned (no valid header before it,
 * or outside the heap), and a write past the end of a block (its footer, or the next
 * block's header, no longer matches) - and stop the program with a clear message
 * instead of corrupting the heap silently. malloc_check() verifies every invariant.
 *
 * THREADS: one lock (an atomic spin lock that yields) around every operation.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "libc.h"

#define ALIGN 16
#define TAGS 16 /* header + footer */
#define MIN_BLOCK 32
#define GROW_MIN (64 * 1024)
#define MMAP_THRESHOLD (128 * 1024)
#define SMALL_LIMIT 256
#define CLASSES 48

#define F_ALLOC 1UL
#define F_MMAP 2UL
#define MAGIC_SHIFT 48
#define MAGIC_USED 0xA110UL
#define MAGIC_FREE 0xF4EEUL
#define MAGIC_FENCE 0xFE9CUL /* memory between two brk runs that is not ours */
#define SIZE_MASK 0x0000FFFFFFFFFFF0UL

typedef uint64_t tag_t;

struct free_links {
    char *next, *prev; /* payload addresses of neighbouring free blocks in the list */
};

static volatile int heap_lock;
static char *heap_start; /* the first block's header */
static char *heap_end;   /* the epilogue header */
static char *free_lists[CLASSES];
static char *mmapped;    /* list of mmapped blocks (payloads), linked through their prefix */
static size_t heap_bytes, mmapped_bytes, used_bytes, peak_heap;
static unsigned long op_count;

/* --- tags --------------------------------------------------------------------------- */

/* Macros rather than functions: groundup cc does not inline yet, and these are the
 * inner loop of every operation. */
#define header(payload) ((tag_t *)((payload) - 8))
#define tag_size(t) ((size_t)((t) & SIZE_MASK))
#define tag_magic(t) ((unsigned long)((t) >> MAGIC_SHIFT))
#define block_size(payload) tag_size(*header(payload))
#define footer(payload) ((tag_t *)((payload) + block_size(payload) - TAGS))
#define next_block(payload) ((payload) + block_size(payload))
#define prev_block(payload) ((payload) - tag_size(*(tag_t *)((payload) - 16)))
#define is_free(payload) (tag_magic(*header(payload)) == MAGIC_FREE)

static tag_t make_tag(size_t size, unsigned long magic, unsigned long flags) {
    return (tag_t)size | flags | (magic << MAGIC_SHIFT);
}

static void set_tags(char *payload, size_t size, unsigned long magic, unsigned long flags) {
    tag_t t = make_tag(size, magic, flags);
    *header(payload) = t;
    *(tag_t *)(payload + size - TAGS) = t;
}

/* --- fatal errors ------------------------------------------------------------------- */

static char *hex(char *out, uintptr_t v) {
    char digits[17];
    int n = 0;
    do {
        digits[n++] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    *out++ = '0';
    *out++ = 'x';
    while (n)
        *out++ = digits[--n];
    return out;
}

__attribute__((noreturn)) static void heap_error(const char *what, const char *problem,
                                                 void *p) {
    char msg[256];
    char *o = msg;
    for (const char *s = what; *s;)
        *o++ = *s++;
    for (const char *s = "(): "; *s;)
        *o++ = *s++;
    for (const char *s = problem; *s;)
        *o++ = *s++;
    for (const char *s = " (block "; *s;)
        *o++ = *s++;
    o = hex(o, (uintptr_t)p);
    *o++ = ')';
    *o = 0;
    heap_lock = 0;
    __libc_fatal(msg);
}

/* --- size classes and free lists ---------------------------------------------------- */

static int size_class(size_t size) {
    if (size <= SMALL_LIMIT)
        return (int)(size / ALIGN) - 2; /* 32 -> 0 ... 256 -> 14 */
    int bits = 0; /* bits needed for size - 1 (no __builtin_clzl: it would need libgcc) */
    for (size_t v = size - 1; v; v >>= 1)
        bits++;
    int c = 15 + (bits - 1) - 8; /* 257..512 -> 15, ... */
    return c < CLASSES ? c : CLASSES - 1;
}

#define links(payload) ((struct free_links *)(payload))

static void list_insert(char *p) {
    int c = size_class(block_size(p));
    links(p)->prev = 0;
    links(p)->next = free_lists[c];
    if (free_lists[c])
        links(free_lists[c])->prev = p;
    free_lists[c] = p;
}

static void list_remove(char *p) {
    struct free_links *l = links(p);
    if (l->prev)
        links(l->prev)->next = l->next;
    else
        free_lists[size_class(block_size(p))] = l->next;
    if (l->next)
        links(l->next)->prev = l->prev;
}

/* Mark a block free, merge it with free neighbours, and put the result on its list. */
static char *release(char *p, size_t size) {
    set_tags(p, size, MAGIC_FREE, 0);
    char *next = next_block(p);
    if (is_free(next)) {
        list_remove(next);
        size += block_size(next);
        set_tags(p, size, MAGIC_FREE, 0);
    }
    if (tag_magic(*(tag_t *)(p - 16)) == MAGIC_FREE) {
        char *prev = prev_block(p);
        list_remove(prev);
        size += block_size(prev);
        p = prev;
        set_tags(p, size, MAGIC_FREE, 0);
    }
    list_insert(p);
    return p;
}

/* Use the first `size` bytes of block p (allocated now); the rest becomes free. */
static void place(char *p, size_t size) {
    size_t have = block_size(p);
    if (have - size >= MIN_BLOCK) {
        set_tags(p, size, MAGIC_USED, F_ALLOC);
        release(p + size, have - size);
    } else {
        set_tags(p, have, MAGIC_USED, F_ALLOC);
    }
}

static char *find_fit(size_t size) {
    for (int c = size_class(size); c < CLASSES; c++) {
        char *best = 0;
        for (char *p = free_lists[c]; p; p = links(p)->next) {
            size_t have = block_size(p);
            if (have < size)
                continue;
#ifdef MALLOC_BEST_FIT
            if (best == 0 || have < block_size(best))
                best = p;
            if (have == size)
                break;
#else
            best = p;
            break;
#endif
        }
        if (best)
            return best;
    }
    return 0;
}

/* --- growing the heap --------------------------------------------------------------- */

static int heap_init(void) {
    char *base = sbrk(0);
    if (base == (char *)-1)
        return -1;
    size_t pad = (ALIGN - (uintptr_t)base % ALIGN) % ALIGN;
    if (sbrk((long)(pad + 16)) == (void *)-1)
        return -1;
    base += pad;
    *(tag_t *)base = make_tag(0, MAGIC_USED, F_ALLOC);       /* prologue footer */
    *(tag_t *)(base + 8) = make_tag(0, MAGIC_USED, F_ALLOC); /* epilogue header */
    heap_start = heap_end = base + 8;
    return 0;
}

/* Grow the heap by at least `size` bytes; returns the (merged) free block at its end.
 * The old epilogue header becomes the new block's header. If someone else moved the
 * break since (sbrk in the program), the gap is fenced off as a block that is not ours. */
static char *grow(size_t size) {
    size_t amount = size < GROW_MIN ? GROW_MIN : (size + 4095) & ~4095UL;
    char *got = sbrk((long)amount);
    if (got == (char *)-1)
        return 0;
    char *old = heap_end, *h = old;
    if (got != old + 8) {
        if (got < old + 8)
            return 0;
        h = (char *)((((uintptr_t)got + 15) & ~15UL) + 8);
        set_tags(old + 8, (size_t)(h - old), MAGIC_FENCE, F_ALLOC);
    }
    char *end = (char *)((((uintptr_t)got + amount - 16) & ~15UL) + 8);
    if (end < h + MIN_BLOCK || (size_t)(end - h) < size)
        return 0;
    heap_bytes += amount;
    heap_end = end;
    *(tag_t *)end = make_tag(0, MAGIC_USED, F_ALLOC);
    return release(h + 8, (size_t)(end - h));
}

/* --- mmapped blocks ------------------------------------------------------------------ */

/* An mmapped block: [next][prev][length][header] payload ... : 32 bytes in front. */
static char *map_block(size_t size) {
    size_t length = (size + 32 + 4095) & ~4095UL;
    char *m = mmap(0, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return 0;
    char *p = m + 32;
    ((char **)m)[0] = mmapped;
    ((char **)m)[1] = 0;
    ((size_t *)m)[2] = length;
    if (mmapped)
        ((char **)(mmapped - 32))[1] = p;
    mmapped = p;
    *header(p) = make_tag(length - 32, MAGIC_USED, F_ALLOC | F_MMAP);
    mmapped_bytes += length;
    return p;
}

static void unmap_block(char *p) {
    char **m = (char **)(p - 32);
    if (m[1])
        ((char **)(m[1] - 32))[0] = m[0];
    else
        mmapped = m[0];
    if (m[0])
        ((char **)(m[0] - 32))[1] = m[1];
    size_t length = ((size_t *)m)[2];
    mmapped_bytes -= length;
    munmap(m, length);
}

/* --- checking a pointer handed back to us ------------------------------------------- */

static int in_heap(char *p) { return heap_start && p > heap_start && p < heap_end; }

/* The payload p must be a block we handed out and still own; else stop the program. */
static void check_owned(const char *what, char *p) {
    if ((uintptr_t)p % ALIGN != 0)
        heap_error(what, "invalid pointer (not one malloc returned)", p);
    tag_t *h = header(p);
    if (!in_heap(p)) {
        if (tag_magic(*h) == MAGIC_USED && (*h & F_MMAP))
            return;
        heap_error(what, "invalid pointer (not one malloc returned)", p);
    }
    if (tag_magic(*h) == MAGIC_FREE)
        heap_error(what, "double free (the block is already free)", p);
    if (tag_magic(*h) != MAGIC_USED || !(*h & F_ALLOC) || tag_size(*h) < MIN_BLOCK ||
        p + tag_size(*h) > heap_end + 8)
        heap_error(what, "invalid pointer, or its block's header was overwritten", p);
    tag_t next = *header(next_block(p)); /* first: an overflow reaching it passed the footer */
    unsigned long m = tag_magic(next);
    if (m != MAGIC_USED && m != MAGIC_FREE && m != MAGIC_FENCE)
        heap_error(what, "heap overflow: the next block's header was overwritten", p);
    if (*footer(p) != *h)
        heap_error(what, "heap overflow: the block's footer was overwritten", p);
}

/* --- the interface ------------------------------------------------------------------ */

static size_t block_for(size_t n) {
    if (n > SIZE_MASK / 2)
        return 0;
    size_t size = (n + TAGS + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    return size < MIN_BLOCK ? MIN_BLOCK : size;
}

static char *allocate(size_t size, int may_map) {
    if (heap_start == 0 && heap_init() < 0)
        return 0;
    if (may_map && size >= MMAP_THRESHOLD)
        return map_block(size);
    char *p = find_fit(size);
    if (p == 0)
        p = grow(size);
    if (p == 0)
        return 0;
    list_remove(p);
    place(p, size);
    return p;
}

static void account(void) {
    op_count++;
    if (heap_bytes + mmapped_bytes > peak_heap)
        peak_heap = heap_bytes + mmapped_bytes;
}

void *malloc(size_t n) {
    size_t size = block_for(n);
    if (size == 0) {
        errno = ENOMEM;
        return 0;
    }
    __lock(&heap_lock);
    char *p = allocate(size, 1);
    if (p)
        used_bytes += block_size(p);
    account();
    __unlock(&heap_lock);
    if (p == 0)
        errno = ENOMEM;
    return p;
}

void free(void *ptr) {
    char *p = ptr;
    if (p == 0)
        return;
    __lock(&heap_lock);
    check_owned("free", p);
    used_bytes -= block_size(p);
    if (*header(p) & F_MMAP)
        unmap_block(p);
    else
        release(p, block_size(p));
    account();
    __unlock(&heap_lock);
}

void *calloc(size_t count, size_t n) {
    if (n && count > SIZE_MAX / n) { /* (groundup cc has no __builtin_mul_overflow yet) */
        errno = ENOMEM;
        return 0;
    }
    size_t total = count * n;
    char *p = malloc(total);
    if (p)
        memset(p, 0, total);
    return p;
}

/* Grow or shrink block p to `size` without moving it; 0 when it cannot. */
static int resize_in_place(char *p, size_t size) {
    size_t have = block_size(p);
    if (size <= have) {
        if (have - size >= MIN_BLOCK) {
            set_tags(p, size, MAGIC_USED, F_ALLOC);
            release(p + size, have - size);
        }
        return 1;
    }
    char *next = next_block(p);
    if (next - 8 == heap_end && grow(size - have) == 0)
        return 0;
    next = next_block(p);
    if (!is_free(next) || have + block_size(next) < size)
        return 0;
    list_remove(next);
    set_tags(p, have + block_size(next), MAGIC_USED, F_ALLOC);
    place(p, size);
    return 1;
}

void *realloc(void *ptr, size_t n) {
    char *p = ptr;
    if (p == 0)
        return malloc(n);
    if (n == 0) { /* as glibc: the block is freed, and there is nothing to return */
        free(p);
        return 0;
    }
    size_t size = block_for(n);
    if (size == 0) {
        errno = ENOMEM;
        return 0;
    }
    __lock(&heap_lock);
    check_owned("realloc", p);
    size_t before = block_size(p);
    int done = 0;
    if (*header(p) & F_MMAP) {
        done = size <= before && size * 2 > before;
    } else if (resize_in_place(p, size)) {
        used_bytes += block_size(p) - before;
        done = 1;
    }
    account();
    __unlock(&heap_lock);
    if (done)
        return p;
    char *q = malloc(n);
    if (q == 0)
        return 0;
    size_t keep = before - (*header(p) & F_MMAP ? 0 : TAGS);
    memcpy(q, p, keep < n ? keep : n);
    free(p);
    return q;
}

void *reallocarray(void *p, size_t count, size_t n) {
    if (n && count > SIZE_MAX / n) { /* (groundup cc has no __builtin_mul_overflow yet) */
        errno = ENOMEM;
        return 0;
    }
    return realloc(p, count * n);
}

/* An allocation whose payload is a multiple of `align`: a block with room to spare,
 * whose front (at least a minimum block) is freed again. */
static void *aligned(size_t align, size_t n) {
    if (align <= ALIGN)
        return malloc(n);
    size_t size = block_for(n);
    if (size == 0 || size + align + MIN_BLOCK < size) {
        errno = ENOMEM;
        return 0;
    }
    __lock(&heap_lock);
    char *p = allocate(size + align + MIN_BLOCK, 0);
    if (p) {
        char *q = (char *)(((uintptr_t)p + align - 1) & ~(uintptr_t)(align - 1));
        while (q != p && (size_t)(q - p) < MIN_BLOCK)
            q += align;
        if (q != p) {
            size_t whole = block_size(p);
            set_tags(q, whole - (size_t)(q - p), MAGIC_USED, F_ALLOC);
            release(p, (size_t)(q - p));
            p = q;
        }
        resize_in_place(p, size);
        used_bytes += block_size(p);
    }
    account();
    __unlock(&heap_lock);
    if (p == 0)
        errno = ENOMEM;
    return p;
}

void *aligned_alloc(size_t align, size_t n) {
    if (align == 0 || (align & (align - 1))) {
        errno = EINVAL;
        return 0;
    }
    return aligned(align, n);
}

void *memalign(size_t align, size_t n) { return aligned_alloc(align, n); }

int posix_memalign(void **out, size_t align, size_t n) {
    if (align < sizeof(void *) || (align & (align - 1)))
        return EINVAL;
    void *p = aligned(align, n);
    if (p == 0)
        return ENOMEM;
    *out = p;
    return 0;
}

size_t malloc_usable_size(void *ptr) {
    char *p = ptr;
    if (p == 0)
        return 0;
    return block_size(p) - (*header(p) & F_MMAP ? 0 : TAGS);
}

/* --- the heap walk and the checker -------------------------------------------------- */

/* Visit every block: the brk heap in address order, then the mmapped blocks. Sizes
 * are whole blocks (tags included). A visitor returning nonzero stops the walk. */
int malloc_walk(int (*visit)(const struct malloc_block_info *block, void *arg), void *arg) {
    struct malloc_block_info info;
    int r = 0;
    __lock(&heap_lock);
    for (char *p = heap_start ? heap_start + 8 : 0; p && p - 8 < heap_end && !r;
         p = next_block(p)) {
        if (tag_magic(*header(p)) == MAGIC_FENCE)
            continue;
        info.address = p;
        info.size = block_size(p);
        info.free = is_free(p);
        r = visit(&info, arg);
    }
    for (char *p = mmapped; p && !r; p = ((char **)(p - 32))[0]) {
        info.address = p;
        info.size = block_size(p);
        info.free = 0;
        r = visit(&info, arg);
    }
    __unlock(&heap_lock);
    return r;
}

__attribute__((noreturn)) static void check_failed(const char *problem, char *p) {
    heap_error("malloc_check", problem, p);
}

/* Verify every invariant of the heap; a violation stops the program with a message.
 * Returns the number of blocks. */
int malloc_check(void) {
    __lock(&heap_lock);
    int blocks = 0, free_blocks = 0, listed = 0, prev_free = 0;
    for (char *p = heap_start ? heap_start + 8 : 0; p && p - 8 < heap_end; p = next_block(p)) {
        tag_t h = *header(p);
        unsigned long m = tag_magic(h);
        blocks++;
        if (m != MAGIC_USED && m != MAGIC_FREE && m != MAGIC_FENCE)
            check_failed("bad magic in a header", p);
        if (tag_size(h) < MIN_BLOCK && m != MAGIC_FENCE)
            check_failed("block smaller than the minimum", p);
        if (tag_size(h) % ALIGN || (uintptr_t)p % ALIGN)
            check_failed("misaligned block", p);
        if (*footer(p) != h)
            check_failed("header and footer differ", p);
        if (m == MAGIC_FREE && prev_free)
            check_failed("two adjacent free blocks (missed coalescing)", p);
        prev_free = m == MAGIC_FREE;
        free_blocks += prev_free;
    }
    if (heap_start && tag_magic(*(tag_t *)heap_end) != MAGIC_USED)
        check_failed("the epilogue was overwritten", heap_end + 8);
    for (int c = 0; c < CLASSES; c++) {
        char *prev = 0;
        for (char *p = free_lists[c]; p; prev = p, p = links(p)->next) {
            listed++;
            if (!in_heap(p) || !is_free(p))
                check_failed("a free list holds a block that is not free", p);
            if (size_class(block_size(p)) != c)
                check_failed("a free block is on the wrong list", p);
            if (links(p)->prev != prev)
                check_failed("broken prev link in a free list", p);
            if (listed > free_blocks)
                check_failed("a free list is longer than the free blocks (a cycle?)", p);
        }
    }
    if (listed != free_blocks)
        check_failed("a free block is on no list", 0);
    __unlock(&heap_lock);
    return blocks;
}

/* The allocator's counters, for malloc_stats (mallocstats.c). */
void __malloc_counters(size_t out[5]) {
    out[0] = heap_bytes;
    out[1] = mmapped_bytes;
    out[2] = used_bytes;
    out[3] = peak_heap;
    out[4] = op_count;
}

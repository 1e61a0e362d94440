/* malloc, the book's way (chapter 3.4: from a parking lot to memory management).
 *
 * THE HEAP is one contiguous run of memory that brk grows. It is cut into blocks that
 * lie end to end; each block carries its size and state in a header before its
 * payload, and a free block repeats them in a footer at its end (Knuth's boundary
 * tags):
 *
 *        +--------+---------------------------------------+--------+
 *        | header |  payload (16-byte aligned)            | footer |   one block: size
 *        +--------+---------------------------------------+--------+
 *        ^ 8 bytes                                          8 bytes: always when free;
 *                                                           when allocated, if room
 *
 *   header/footer word:  63..48 magic | 47..4 size / 16 ... | 3 footer | 2 previous free
 *                        | 1 mmapped | 0 allocated
 *   (size is a multiple of 16, so its low 4 bits are free for the flags)
 *
 * The header of the next block is at block + size. The footer of the previous block is
 * just before our header when that block is free, which our header says (the "previous
 * free" bit, kept up to date by whoever frees or allocates the block before). So from
 * any block both free neighbours are found in O(1), which is what makes IMMEDIATE
 * COALESCING cheap: free() merges the block with a free neighbour on either side at
 * once, and no two free blocks are ever adjacent. A prologue word and an epilogue header
 * (allocated, size 0) at the two ends mean the merge never needs to test for the
 * heap's edges.
 *
 * An ALLOCATED block needs no footer (nobody looks for it to coalesce), so a request
 * of n bytes takes n + 8 rounded up to 16: a block's payload may use its footer's
 * place. When the rounding leaves 8 bytes spare anyway, the footer is written there
 * (the "footer" bit says so) and checked on free, as a guard against writes past the
 * end.
 *
 * FREE BLOCKS are kept in EXPLICIT SEGREGATED FREE LISTS: a free block's payload holds
 * a next and a prev pointer, and there is one doubly linked list per size class:
 * exact classes of 16 bytes up to 256, then one class per power of two. A request
 * looks in its class first and moves up; insertion is LIFO (at the head), which is
 * O(1), where an address-ordered list would cost a walk but fragment a little less.
 *
 * PLACEMENT is best fit (scan the first class that has a fit for the smallest one)
 * or, when built with -DMALLOC_FIRST_FIT, first fit (take the first block of the list
 * that is big enough): first fit is about 1% faster, best fit leaves fewer small
 * leftovers (benchmarks/malloc_lab.py: 85.8% average peak utilization against 84.8%,
 * the most on random and realloc-heavy traces). A block much bigger than asked for is
 * SPLIT: the front is used, the rest (if it can hold a free block, 32 bytes) goes back
 * on a list.
 *
 * When no block fits, the heap grows with brk by what is missing (a free block at its
 * end is grown, not left behind), rounded up to a page and no more: a bigger step
 * would save brk calls, but what lies unused past the last block is memory the
 * program holds for nothing (growing by a sixteenth of the heap, at least 16 KiB,
 * cost 3 points of average utilization, 11 on small heaps). Requests of 128 KiB
 * and more get their own mmap, and munmap gives them back to the kernel when freed,
 * which a brk heap can only do from its top; they are kept on a list for the walk.
 *
 * realloc works IN PLACE when it can: shrinking splits off the tail, growing takes
 * the next block when it is free and big enough, or grows the heap when the block is
 * the last one; an mmapped block that stays big is resized by the kernel (mremap
 * moves page table entries, not bytes). Only otherwise does it allocate, copy and
 * free. (Sliding the block down into a free block before it, as some allocators do,
 * was measured and lost 4 to 8 points on the realloc traces: a growing block that
 * moves to the heap's end goes on growing in place there, one slid down is soon
 * hemmed in again.)
 *
 * THE COST of the design: 8 bytes of header per allocated block and a minimum block of
 * 32 bytes (a free block's header, two links and its footer), as glibc's.
 *
 * SPEED: groundup cc does not inline yet, so the inner steps (tags, size classes, list
 * links, the lock's uncontended path) are macros, and malloc and free make as few
 * calls as they can.
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
#define HEADER 8
#define TAGS 16 /* header + footer */
#define MIN_BLOCK 32
#define PAGE 4096UL
#define MMAP_THRESHOLD (128 * 1024)
#define SMALL_LIMIT 256
#define CLASSES 48

#define F_ALLOC 1UL
#define F_MMAP 2UL
#define F_PREV_FREE 4UL /* in headers only: the block before this one is free */
#define F_FOOTER 8UL    /* an allocated block that keeps a footer */
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
static uint64_t nonempty; /* bit c: free_lists[c] holds a block (CLASSES <= 64) */
static char *mmapped;    /* list of mmapped blocks (payloads), linked through their prefix */
static size_t heap_bytes, mmapped_bytes, used_bytes, peak_heap;
static unsigned long op_count;

/* --- the lock ------------------------------------------------------------------------ */

#define LOCK()                                                                             \
    do {                                                                                   \
        if (__atomic_exchange_n(&heap_lock, 1, __ATOMIC_ACQUIRE))                          \
            __lock(&heap_lock);                                                            \
    } while (0)
#define UNLOCK() __atomic_store_n(&heap_lock, 0, __ATOMIC_RELEASE)

/* --- tags --------------------------------------------------------------------------- */

#define header(payload) ((tag_t *)((payload) - HEADER))
#define tag_size(t) ((size_t)((t) & SIZE_MASK))
#define tag_magic(t) ((unsigned long)((t) >> MAGIC_SHIFT))
#define make_tag(size, magic, flags) ((tag_t)(size) | (flags) | ((tag_t)(magic) << MAGIC_SHIFT))
#define block_size(payload) tag_size(*header(payload))
#define footer_at(payload, size) ((tag_t *)((payload) + (size) - TAGS))
#define footer(payload) footer_at(payload, block_size(payload))
#define next_block(payload) ((payload) + block_size(payload))
/* only when the header's F_PREV_FREE says the previous block is free (has a footer) */
#define prev_block(payload) ((payload) - tag_size(*(tag_t *)((payload) - TAGS)))
#define is_free(payload) (tag_magic(*header(payload)) == MAGIC_FREE)
/* a footer matches its header but for the previous-free bit, which headers alone carry */
#define footer_ok(t, f) ((((t) ^ (f)) & ~F_PREV_FREE) == 0)

/* Block p (size bytes) becomes free: both tags, and the next block learns it. */
#define set_free(p, size)                                                                  \
    do {                                                                                   \
        tag_t t_ = make_tag(size, MAGIC_FREE, 0);                                          \
        *header(p) = t_;                                                                   \
        *footer_at(p, size) = t_;                                                          \
        *header((p) + (size)) |= F_PREV_FREE;                                              \
    } while (0)

/* Block p (size bytes) is allocated for n bytes: the header (keeping what it says of
 * the previous block), a footer if the block has room for it past the n bytes, and
 * the next block learns that this one is not free. */
#define set_used(p, size, n)                                                               \
    do {                                                                                   \
        tag_t t_ = make_tag(size, MAGIC_USED, F_ALLOC);                                    \
        if ((n) + TAGS <= (size)) {                                                        \
            t_ |= F_FOOTER;                                                                \
            *footer_at(p, size) = t_;                                                      \
        }                                                                                  \
        *header(p) = t_ | (*header(p) & F_PREV_FREE);                                      \
        *header((p) + (size)) &= ~F_PREV_FREE;                                             \
    } while (0)

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

/* The classes above SMALL_LIMIT: one per power of two (257..512 -> 15, ...). (No
 * __builtin_clzl: groundup cc would call __clzdi2, a loop itself). */
static int large_class(size_t size) {
    int c = 15;
    for (size_t v = (size - 1) >> 8; v > 1; v >>= 1)
        c++;
    return c < CLASSES ? c : CLASSES - 1;
}

/* The index of the lowest set bit of m (not 0): m & -m isolates it, and multiplying
 * by a de Bruijn sequence puts a different 6-bit pattern in the top bits for each of
 * the 64 places it can have. (No __builtin_ctzl: groundup cc would call __ctzdi2.) */
static const unsigned char debruijn_place[64] = {
    0,  1,  2,  53, 3,  7,  54, 27, 4,  38, 41, 8,  34, 55, 48, 28,
    62, 5,  39, 46, 44, 42, 22, 9,  24, 35, 59, 56, 49, 18, 29, 11,
    63, 52, 6,  26, 37, 40, 33, 47, 61, 45, 43, 21, 23, 58, 17, 10,
    51, 25, 36, 32, 60, 20, 57, 16, 50, 31, 19, 15, 30, 14, 13, 12,
};
#define lowest_bit(m) debruijn_place[(((m) & -(m)) * 0x022FDD63CC95386DUL) >> 58]

#define size_class(size) ((size) <= SMALL_LIMIT ? (int)((size) >> 4) - 2 : large_class(size))
#define links(payload) ((struct free_links *)(payload))

/* Put free block p of `size` bytes at the head of its list. */
#define list_insert(p, size)                                                               \
    do {                                                                                   \
        int c_ = size_class(size);                                                         \
        char **head_ = &free_lists[c_];                                                    \
        links(p)->prev = 0;                                                                \
        links(p)->next = *head_;                                                           \
        if (*head_)                                                                        \
            links(*head_)->prev = (p);                                                     \
        *head_ = (p);                                                                      \
        nonempty |= 1UL << c_;                                                             \
    } while (0)

/* Take free block p off its list (its header must still say its size). */
#define list_remove(p)                                                                     \
    do {                                                                                   \
        struct free_links *l_ = links(p);                                                  \
        if (l_->prev) {                                                                    \
            links(l_->prev)->next = l_->next;                                              \
        } else {                                                                           \
            int c_ = size_class(block_size(p));                                            \
            free_lists[c_] = l_->next;                                                     \
            if (l_->next == 0)                                                             \
                nonempty &= ~(1UL << c_);                                                  \
        }                                                                                  \
        if (l_->next)                                                                      \
            links(l_->next)->prev = l_->prev;                                              \
    } while (0)

/* Block p (`size` bytes, its header valid) becomes free: merge it with free neighbours
 * and put the result on its list. */
static char *release(char *p, size_t size) {
    char *next = p + size;
    tag_t after = *header(next);
    if (tag_magic(after) == MAGIC_FREE) {
        list_remove(next);
        size += tag_size(after);
    }
    if (*header(p) & F_PREV_FREE) {
        p = prev_block(p);
        list_remove(p);
        size += block_size(p);
    }
    set_free(p, size);
    list_insert(p, size);
    return p;
}

/* Use the first `size` bytes of block p (`have` bytes, off every list: the next block
 * is not free) for n bytes; the rest, if it can be a block, becomes a free one. */
static void place(char *p, size_t have, size_t size, size_t n) {
    if (have - size >= MIN_BLOCK) {
        char *rest = p + size;
        size_t left = have - size;
        set_used(p, size, n);
        set_free(rest, left);
        list_insert(rest, left);
    } else {
        set_used(p, have, n);
    }
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
    *(tag_t *)base = make_tag(0, MAGIC_USED, F_ALLOC);       /* prologue */
    *(tag_t *)(base + 8) = make_tag(0, MAGIC_USED, F_ALLOC); /* epilogue header */
    heap_start = heap_end = base + 8;
    return 0;
}

/* Grow the heap so that a free block of at least `size` bytes ends it; returns that
 * block (merged with the free block that ended the heap before, if any). The old
 * epilogue header becomes the new block's header. If someone else moved the break
 * since (sbrk in the program), the gap is fenced off as a block that is not ours. */
static char *grow(size_t size) {
    size_t tail = *(tag_t *)heap_end & F_PREV_FREE ? tag_size(*(tag_t *)(heap_end - 8)) : 0;
    size_t amount = tail < size ? size - tail : 0;
    amount = (amount + PAGE - 1) & ~(PAGE - 1);
    char *got = sbrk((long)amount);
    if (got == (char *)-1)
        return 0;
    char *old = heap_end, *h = old;
    int fenced = got != old + 8;
    if (fenced) {
        if (got < old + 8)
            return 0;
        h = (char *)((((uintptr_t)got + 15) & ~15UL) + 8);
        *(tag_t *)(h - 8) = make_tag(h - old, MAGIC_FENCE, F_ALLOC);
        *(tag_t *)old = make_tag(h - old, MAGIC_FENCE, F_ALLOC) | (*(tag_t *)old & F_PREV_FREE);
    }
    char *end = (char *)((((uintptr_t)got + amount - 16) & ~15UL) + 8);
    if (end < h + MIN_BLOCK)
        return 0;
    heap_bytes += amount;
    heap_end = end;
    *(tag_t *)end = make_tag(0, MAGIC_USED, F_ALLOC);
    if (fenced) /* the new block follows the fence, which is not free */
        *(tag_t *)h = make_tag(end - h, MAGIC_USED, F_ALLOC);
    else /* the old epilogue header: it knows whether the block before is free */
        *(tag_t *)h = make_tag(end - h, MAGIC_USED, F_ALLOC) | (*(tag_t *)h & F_PREV_FREE);
    char *p = release(h + 8, (size_t)(end - h));
    return block_size(p) >= size ? p : grow(size);
}

/* --- mmapped blocks ------------------------------------------------------------------ */

/* An mmapped block: [next][prev][length][header] payload ... : 32 bytes in front, the
 * whole rounded up to pages. */
#define mapped_length(size) (((size) + 32 + PAGE - 1) & ~(PAGE - 1))

static char *map_block(size_t size) {
    size_t length = mapped_length(size);
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

/* Resize mmapped block p to hold `size` bytes with mremap: the kernel moves the pages
 * (or extends them where they are) instead of the program copying them. Returns the
 * block's payload, which may have moved, or 0 when the kernel refuses. */
static char *remap_block(char *p, size_t size) {
    char **m = (char **)(p - 32);
    size_t length = ((size_t *)m)[2];
    size_t want = mapped_length(size);
    char **r = mremap(m, length, want, MREMAP_MAYMOVE);
    if (r == MAP_FAILED)
        return 0;
    char *q = (char *)r + 32;
    if (r[1]) /* the list's links name payloads: the neighbours learn the new place */
        ((char **)(r[1] - 32))[0] = q;
    else
        mmapped = q;
    if (r[0])
        ((char **)(r[0] - 32))[1] = q;
    ((size_t *)r)[2] = want;
    *header(q) = make_tag(want - 32, MAGIC_USED, F_ALLOC | F_MMAP);
    mmapped_bytes += want - length;
    return q;
}

/* --- checking a pointer handed back to us ------------------------------------------- */

#define in_heap(p) (heap_start && (p) > heap_start && (p) < heap_end)

/* The payload p must be a block we handed out and still own; else stop the program. */
static void check_owned(const char *what, char *p) {
    if ((uintptr_t)p % ALIGN != 0)
        heap_error(what, "invalid pointer (not one malloc returned)", p);
    tag_t h = *header(p);
    if (!in_heap(p)) {
        if (tag_magic(h) == MAGIC_USED && (h & F_MMAP))
            return;
        heap_error(what, "invalid pointer (not one malloc returned)", p);
    }
    if (tag_magic(h) == MAGIC_FREE)
        heap_error(what, "double free (the block is already free)", p);
    if (tag_magic(h) != MAGIC_USED || !(h & F_ALLOC) || (h & F_MMAP) ||
        tag_size(h) < MIN_BLOCK || p + tag_size(h) > heap_end + 8)
        heap_error(what, "invalid pointer, or its block's header was overwritten", p);
    tag_t next = *header(p + tag_size(h)); /* first: an overflow reaching it passed the footer */
    unsigned long m = tag_magic(next);
    if (m != MAGIC_USED && m != MAGIC_FREE && m != MAGIC_FENCE)
        heap_error(what, "heap overflow: the next block's header was overwritten", p);
    if ((h & F_FOOTER) && !footer_ok(h, *footer_at(p, tag_size(h))))
        heap_error(what, "heap overflow: the block's footer was overwritten", p);
}

/* --- the interface ------------------------------------------------------------------ */

/* The block for an n-byte request: n + the header, rounded up to 16, at least 32; 0 if
 * no block can be that big. */
#define block_for(n)                                                                       \
    ((n) > SIZE_MASK / 2                ? 0                                                \
     : (n) + HEADER + ALIGN - 1 < MIN_BLOCK ? MIN_BLOCK                                    \
                                        : ((n) + HEADER + ALIGN - 1) & ~(size_t)(ALIGN - 1))

#define account()                                                                          \
    do {                                                                                   \
        op_count++;                                                                        \
        if (heap_bytes + mmapped_bytes > peak_heap)                                        \
            peak_heap = heap_bytes + mmapped_bytes;                                        \
    } while (0)

/* A block of `size` bytes for n bytes, allocated (mmapped if may_map and it is big). */
static char *allocate(size_t size, size_t n, int may_map) {
    if (heap_start == 0 && heap_init() < 0)
        return 0;
    if (may_map && size >= MMAP_THRESHOLD)
        return map_block(size);
    char *p = 0;
    /* the classes from size's up that hold a block: lowest first, one bit each */
    for (uint64_t m = nonempty & (~0UL << size_class(size)); m && p == 0; m &= m - 1) {
        for (char *q = free_lists[lowest_bit(m)]; q; q = links(q)->next) {
            size_t have = block_size(q);
            if (have < size)
                continue;
#ifdef MALLOC_FIRST_FIT
            p = q;
            break;
#else
            if (p == 0 || have < block_size(p))
                p = q;
            if (have == size)
                break;
#endif
        }
    }
    if (p == 0)
        p = grow(size);
    if (p == 0)
        return 0;
    list_remove(p);
    place(p, block_size(p), size, n);
    return p;
}

void *malloc(size_t n) {
    size_t size = block_for(n);
    if (size == 0) {
        errno = ENOMEM;
        return 0;
    }
    LOCK();
    char *p = size <= SMALL_LIMIT ? free_lists[size_class(size)] : 0;
    if (p) { /* the head of an exact class fits as it is: no search, no split */
        list_remove(p);
        set_used(p, size, n);
    } else {
        p = allocate(size, n, 1);
    }
    if (p)
        used_bytes += block_size(p);
    account();
    UNLOCK();
    if (p == 0)
        errno = ENOMEM;
    return p;
}

void free(void *ptr) {
    char *p = ptr;
    if (p == 0)
        return;
    LOCK();
    check_owned("free", p);
    size_t size = block_size(p);
    used_bytes -= size;
    if (*header(p) & F_MMAP)
        unmap_block(p);
    else
        release(p, size);
    account();
    UNLOCK();
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

/* Make block p `size` bytes, for n bytes, without moving it; 0 when it cannot. */
static int resize_in_place(char *p, size_t size, size_t n) {
    size_t have = block_size(p);
    if (size <= have) {
        if (have - size >= MIN_BLOCK) {
            set_used(p, size, n);
            *header(p + size) = make_tag(have - size, MAGIC_USED, F_ALLOC);
            release(p + size, have - size);
        } else {
            set_used(p, have, n);
        }
        return 1;
    }
    char *next = p + have;
    if (next - 8 == heap_end && grow(size - have) == 0)
        return 0;
    if (!is_free(next) || have + block_size(next) < size)
        return 0;
    list_remove(next);
    place(p, have + block_size(next), size, n);
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
    LOCK();
    check_owned("realloc", p);
    size_t before = block_size(p);
    char *q;
    int done = 0;
    if (*header(p) & F_MMAP) {
        if (size >= MMAP_THRESHOLD && (q = remap_block(p, size)) != 0) {
            p = q;
            used_bytes += block_size(p) - before;
            done = 1;
        } else {
            done = size <= before && size * 2 > before;
        }
    } else if (resize_in_place(p, size, n)) {
        used_bytes += block_size(p) - before;
        done = 1;
    }
    account();
    UNLOCK();
    if (done)
        return p;
    q = malloc(n);
    if (q == 0)
        return 0;
    size_t keep = before - (*header(p) & F_MMAP ? 0 : HEADER);
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
    LOCK();
    char *p = allocate(size + align + MIN_BLOCK, n, 0);
    if (p) {
        char *q = (char *)(((uintptr_t)p + align - 1) & ~(uintptr_t)(align - 1));
        while (q != p && (size_t)(q - p) < MIN_BLOCK)
            q += align;
        if (q != p) {
            size_t whole = block_size(p);
            *header(q) = make_tag(whole - (size_t)(q - p), MAGIC_USED, F_ALLOC);
            release(p, (size_t)(q - p));
            p = q;
        }
        resize_in_place(p, size, n);
        used_bytes += block_size(p);
    }
    account();
    UNLOCK();
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

/* What the program may use: the block but its header, and its footer if it keeps one. */
size_t malloc_usable_size(void *ptr) {
    char *p = ptr;
    if (p == 0)
        return 0;
    tag_t h = *header(p);
    if (h & F_MMAP)
        return tag_size(h);
    return tag_size(h) - (h & F_FOOTER ? TAGS : HEADER);
}

/* --- the heap walk and the checker -------------------------------------------------- */

/* Visit every block: the brk heap in address order, then the mmapped blocks. Sizes
 * are whole blocks (tags included). A visitor returning nonzero stops the walk. */
int malloc_walk(int (*visit)(const struct malloc_block_info *block, void *arg), void *arg) {
    struct malloc_block_info info;
    int r = 0;
    LOCK();
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
    UNLOCK();
    return r;
}

__attribute__((noreturn)) static void check_failed(const char *problem, char *p) {
    heap_error("malloc_check", problem, p);
}

/* One block's own invariants: magic, size, alignment, footer, the previous-free bit. */
static void check_block(char *p, tag_t h, int prev_free) {
    unsigned long m = tag_magic(h);
    if (m != MAGIC_USED && m != MAGIC_FREE && m != MAGIC_FENCE)
        check_failed("bad magic in a header", p);
    if (tag_size(h) < MIN_BLOCK && m != MAGIC_FENCE)
        check_failed("block smaller than the minimum", p);
    if (tag_size(h) % ALIGN || (uintptr_t)p % ALIGN)
        check_failed("misaligned block", p);
    if ((m != MAGIC_USED || (h & F_FOOTER)) && !footer_ok(h, *footer_at(p, tag_size(h))))
        check_failed("header and footer differ", p);
    if (m == MAGIC_FREE && prev_free)
        check_failed("two adjacent free blocks (missed coalescing)", p);
    if (!(h & F_PREV_FREE) != !prev_free)
        check_failed("the previous-free bit is wrong", p);
}

/* Verify every invariant of the heap; a violation stops the program with a message.
 * Returns the number of blocks. */
int malloc_check(void) {
    LOCK();
    int blocks = 0, free_blocks = 0, listed = 0, prev_free = 0;
    for (char *p = heap_start ? heap_start + 8 : 0; p && p - 8 < heap_end; p = next_block(p)) {
        tag_t h = *header(p);
        check_block(p, h, prev_free);
        blocks++;
        prev_free = tag_magic(h) == MAGIC_FREE;
        free_blocks += prev_free;
    }
    if (heap_start && (tag_magic(*(tag_t *)heap_end) != MAGIC_USED ||
                       !(*(tag_t *)heap_end & F_PREV_FREE) != !prev_free))
        check_failed("the epilogue was overwritten", heap_end + 8);
    for (int c = 0; c < CLASSES; c++) {
        char *prev = 0;
        if (!(nonempty >> c & 1) != !free_lists[c])
            check_failed("the map of non-empty free lists is wrong", free_lists[c]);
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
    UNLOCK();
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

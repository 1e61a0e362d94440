/* Anonymous mmap, munmap in the middle, mprotect, MAP_FIXED over a mapping,
 * MAP_FIXED_NOREPLACE, madvise(DONTNEED), and Linux's argument errors. */
#include "vm.h"

static uint64_t sum_pages(unsigned char *p, long pages)
{
    uint64_t s = 0;
    for (long i = 0; i < pages; i++)
        s += p[i * PAGE] + p[i * PAGE + PAGE - 1];
    return s;
}

int main(void)
{
    /* 4 MiB touched page by page */
    long n = 1024;
    unsigned char *a = (unsigned char *)anon(n * PAGE, PROT_READ | PROT_WRITE);
    pr_u64("aligned", ((long)a & (PAGE - 1)) == 0);
    pr_u64("zero", sum_pages(a, n));
    for (long i = 0; i < n; i++) {
        a[i * PAGE] = (unsigned char)i;
        a[i * PAGE + PAGE - 1] = (unsigned char)(i >> 3);
    }
    pr_u64("sum", sum_pages(a, n));

    /* a hole in the middle, then the rest still works */
    pr_ret("munmap_mid", sys_munmap((long)a + 100 * PAGE, 10 * PAGE));
    pr_u64("after_hole", sum_pages(a, 100) + sum_pages(a + 110 * PAGE, n - 110));
    /* MAP_FIXED_NOREPLACE over the hole works, over the mapping does not */
    pr_ret("noreplace_hole", sys_mmap((long)a + 100 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE,
                                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0));
    pr_ret("noreplace_busy", sys_mmap((long)a + 200 * PAGE, PAGE, PROT_READ,
                                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0));
    pr_u64("refilled", sum_pages(a + 100 * PAGE, 10));

    /* MAP_FIXED replaces what was there with zero pages */
    long r = sys_mmap((long)a + 300 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    pr_u64("fixed_at", r == (long)a + 300 * PAGE);
    pr_u64("fixed_zero", sum_pages(a + 300 * PAGE, 4));
    pr_u64("fixed_neighbours", a[299 * PAGE] + a[304 * PAGE]);

    /* read-only in the middle: still readable */
    pr_ret("mprotect_ro", sys_mprotect((long)a + 500 * PAGE, 3 * PAGE, PROT_READ));
    pr_u64("ro_read", a[501 * PAGE]);
    pr_ret("mprotect_rw", sys_mprotect((long)a + 500 * PAGE, 3 * PAGE, PROT_READ | PROT_WRITE));
    a[501 * PAGE] = 99;
    pr_u64("rw_again", a[501 * PAGE]);

    /* madvise(DONTNEED): anonymous pages read back as zero */
    pr_ret("dontneed", sys_madvise((long)a + 600 * PAGE, 8 * PAGE, MADV_DONTNEED));
    pr_u64("dropped", sum_pages(a + 600 * PAGE, 8));
    pr_u64("kept", a[608 * PAGE]);

    /* a hint where there is room is honoured */
    long hint = (long)a - 64 * PAGE;
    long h = sys_mmap(hint, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    pr_u64("hint", h == hint);
    pr_ret("munmap_hint", sys_munmap(h, PAGE));

    /* argument errors, as Linux reports them */
    pr_ret("len0", anon(0, PROT_READ));
    pr_ret("fixed_unaligned", sys_mmap((long)a + 1, PAGE, PROT_READ,
                                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0));
    pr_ret("no_type", sys_mmap(0, PAGE, PROT_READ, MAP_ANONYMOUS, -1, 0));
    pr_ret("bad_fd", sys_mmap(0, PAGE, PROT_READ, MAP_PRIVATE, 99, 0));
    pr_ret("offset_unaligned", sys_mmap(0, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 100));
    pr_ret("huge", anon(1L << 62, PROT_READ | PROT_WRITE));
    pr_ret("munmap_unaligned", sys_munmap((long)a + 1, PAGE));
    pr_ret("munmap_len0", sys_munmap((long)a, 0));
    pr_ret("munmap_nothing", sys_munmap(0x200000000L, PAGE));
    pr_ret("mprotect_unaligned", sys_mprotect((long)a + 8, PAGE, PROT_READ));
    pr_ret("mprotect_len0", sys_mprotect((long)a, 0, PROT_READ));
    pr_ret("mprotect_hole", sys_mprotect((long)a + 90 * PAGE, 30 * PAGE, PROT_READ));
    pr_ret("mprotect_unmapped", sys_mprotect(0x200000000L, PAGE, PROT_READ));
    pr_ret("mprotect_badprot", sys_mprotect((long)a, PAGE, 0x40));
    pr_ret("madvise_unaligned", sys_madvise((long)a + 8, PAGE, MADV_DONTNEED));
    pr_ret("madvise_bad", sys_madvise((long)a, PAGE, 12345));
    pr_ret("madvise_unmapped", sys_madvise(0x200000000L, PAGE, MADV_DONTNEED));
    pr_ret("munmap_all", sys_munmap((long)a, n * PAGE));
    return 0;
}

/* Map MEGS MiB (default 8) of anonymous memory and touch it page by page:
 * one page fault per page. benchmarks/pagefaults.py builds it with -DMEGS=64. */
#include "vm.h"

#ifndef MEGS
#define MEGS 8
#endif

int main(void)
{
    long size = (long)MEGS << 20;
    volatile unsigned char *p = (volatile unsigned char *)anon(size, PROT_READ | PROT_WRITE);
    if ((long)p < 0) {
        pr_ret("mmap", (long)p);
        return 1;
    }
    for (long off = 0; off < size; off += PAGE)
        p[off] = (unsigned char)(off >> 12);
    uint64_t sum = 0;
    for (long off = 0; off < size; off += PAGE)
        sum += p[off];
    pr_u64("pages", (uint64_t)(size / PAGE));
    pr_u64("sum", sum);
    pr_ret("munmap", sys_munmap((long)p, size));
    return 0;
}

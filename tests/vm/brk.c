/* The program break: grow, use, shrink, grow again (fresh pages are zero),
 * refuse to go below the start. Prints only what does not depend on where
 * the heap starts. */
#include "vm.h"

int main(void)
{
    long start = sys_brk(0);
    pr_u64("aligned", (start & (PAGE - 1)) == 0);
    long want = start + 100000;
    long got = sys_brk(want);
    pr_u64("grew", got == want);
    pr_u64("brk0_now", sys_brk(0) == want);
    unsigned char *p = (unsigned char *)start;
    uint64_t sum = 0;
    for (long i = 0; i < 100000; i++) {
        sum += p[i];
        p[i] = (unsigned char)(i * 7);
    }
    pr_u64("zero_before", sum);
    sum = 0;
    for (long i = 0; i < 100000; i++)
        sum += p[i];
    pr_u64("sum", sum);
    /* shrink to one page and grow again: the dropped pages come back zero */
    pr_u64("shrunk", sys_brk(start + 10) == start + 10);
    pr_u64("kept", p[5]);
    pr_u64("regrew", sys_brk(start + 3 * PAGE) == start + 3 * PAGE);
    pr_u64("fresh", p[PAGE + 5] + p[2 * PAGE + 17]);
    /* below the start: refused, the break stays */
    pr_u64("below", sys_brk(start - PAGE) == start + 3 * PAGE);
    /* an absurd break: refused */
    pr_u64("huge", sys_brk(start + (1L << 40)) == start + 3 * PAGE);
    /* many small steps, like sbrk-based allocators */
    long b = sys_brk(0);
    for (int i = 0; i < 200; i++) {
        long n = sys_brk(b + 24);
        if (n != b + 24)
            break;
        *(long *)(b + 8) = i;
        b = n;
    }
    pr_u64("steps", (uint64_t)(b - (start + 3 * PAGE)));
    return 0;
}

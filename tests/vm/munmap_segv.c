/* Touch a mapping, unmap it, touch it again: SIGSEGV. */
#include "vm.h"

int main(void)
{
    volatile long *p = (volatile long *)anon(4 * PAGE, PROT_READ | PROT_WRITE);
    p[600] = 42;
    pr_u64("value", p[600]);
    pr_ret("munmap", sys_munmap((long)p, 4 * PAGE));
    rt_flush();
    pr_u64("after", p[600]);
    return 0;
}

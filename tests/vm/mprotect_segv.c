/* Make a written page read-only: reading still works, writing is SIGSEGV. */
#include "vm.h"

int main(void)
{
    volatile long *p = (volatile long *)anon(2 * PAGE, PROT_READ | PROT_WRITE);
    p[1] = 7;
    pr_ret("mprotect", sys_mprotect((long)p, PAGE, PROT_READ));
    pr_u64("read", p[1]);
    p[PAGE / 8] = 8; /* the second page is still writable */
    rt_flush();
    p[1] = 9;
    return 0;
}

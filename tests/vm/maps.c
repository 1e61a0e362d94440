/* Print /proc/self/maps as the kernel shows it to the program itself. */
#include "vm.h"

#define AT_FDCWD -100

int main(void)
{
    long brk0 = sys_brk(0);
    sys_brk(brk0 + 3 * PAGE); /* a heap */
    long m = anon(5 * PAGE, PROT_READ);
    sys_mprotect(m + PAGE, PAGE, PROT_READ | PROT_WRITE); /* three areas of it */
    long fd = syscall6(56, AT_FDCWD, (long)"/proc/self/maps", 0, 0, 0, 0);
    if (fd < 0) {
        pr_ret("open", fd);
        return 1;
    }
    static char buf[16384];
    long n, total = 0;
    while ((n = syscall6(63, fd, (long)buf + total, (long)sizeof buf - total, 0, 0, 0)) > 0)
        total += n;
    sys_write(1, buf, (size_t)total);
    return 0;
}

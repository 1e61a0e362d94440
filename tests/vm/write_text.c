/* Store into the program's own code, which is mapped read-only. */
#include "vm.h"

int main(void)
{
    put_str("before\n");
    rt_flush();
    *(volatile unsigned *)OPAQUE((unsigned *)(void *)main) = 0x13;
    return 0;
}

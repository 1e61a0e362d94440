/* Read through a null pointer after printing. */
#include "vm.h"

int main(void)
{
    put_str("before\n");
    rt_flush();
    return (int)*(volatile long *)OPAQUE((long *)0);
}

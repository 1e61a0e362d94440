/* Stores through a null pointer after printing. */
#include "../programs/rt.h"
int main(void) {
    put_str("before\n");
    rt_flush();
    *(volatile long *)OPAQUE((long *)0x8) = 1;
    return 0;
}

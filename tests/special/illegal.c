/* Executes an illegal instruction (all-ones 32-bit word) after printing. */
#include "../programs/rt.h"
int main(void) {
    put_str("before\n");
    rt_flush();
    __asm__ volatile(".word 0xffffffff");
    put_str("after\n");
    rt_flush();
    return 0;
}

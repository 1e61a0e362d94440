/* Self-modifying code: write machine code into a buffer, fence.i, call it, then
 * rewrite it and call it again. Linked with -Wl,-N so that the buffer (in .bss)
 * is in a read-write-execute segment, probably in the same page as the code that
 * patches it. Each version is called many times, so the fast engine has
 * translated it before it is rewritten: its translations must be dropped. */
#include "../programs/rt.h"

typedef long (*fn_t)(long);

static unsigned int code[64] __attribute__((aligned(64)));

static void emit_addi_ret(int k) {
    code[0] = 0x00050513u | ((unsigned)(k & 0x7ff) << 20); /* addi a0, a0, k */
    code[1] = 0x00151513u;                                 /* slli a0, a0, 1  */
    code[2] = 0x00008067u;                                 /* ret             */
    __asm__ volatile("fence.i" ::: "memory");
}

NOINLINE static long call(long x) { return ((fn_t)(void *)code)(x); }

int main(void) {
    long sum = 0;
    for (int k = 0; k < 40; k++) {
        emit_addi_ret(k * 37 - 500);
        for (long j = 0; j < 25; j++) sum += call(j);
        put_str("k="); put_i64(k); put_str(" sum="); put_i64(sum); put_nl();
    }
    /* Patch one instruction in place (the slli becomes a nop), keep the rest. */
    code[1] = 0x00000013u;
    __asm__ volatile("fence.i" ::: "memory");
    for (long j = 0; j < 25; j++) sum += call(j);
    put_str("final="); put_i64(sum); put_nl();
    rt_flush();
    return (int)(sum & 0x7f);
}

/* Unbounded recursion: the stack grows to its limit and then into the guard gap. */
#include "vm.h"

static NOINLINE long down(long n)
{
    volatile char frame[1000];
    frame[0] = (char)n;
    frame[999] = (char)n;
    return down(n + 1) + frame[0] + frame[999];
}

int main(void)
{
    /* the stack is 8 MiB: deep recursion within it works */
    put_str("before\n");
    rt_flush();
    return (int)down(OPAQUE(0));
}

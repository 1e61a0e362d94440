/* Jump into a writable data page that is not executable. */
#include "vm.h"

static long data_word[2] = {0x00008067, 0}; /* ret, but in a data page */

int main(void)
{
    put_str("before\n");
    rt_flush();
    void (*f)(void) = (void (*)(void))OPAQUE((void *)data_word);
    f();
    return 0;
}

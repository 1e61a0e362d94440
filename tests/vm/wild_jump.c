/* Call through a pointer to where nothing is mapped. */
#include "vm.h"

int main(void)
{
    put_str("before\n");
    rt_flush();
    void (*f)(void) = (void (*)(void))OPAQUE(0x1234567000L);
    f();
    return 0;
}

/* Unbuffered output: every put_* call is its own write(2) system call
 * (rt_unbuffered = 1), so this makes several hundred small writes - one
 * per character for a multiplication table and a character ramp. */
#include "rt.h"

int main(void)
{
    rt_unbuffered = 1;
    for (int i = 1; i <= 9; i++) {
        for (int j = 1; j <= 9; j++) {
            put_u64((uint64_t)(i * j));
            put_char(j == 9 ? '\n' : ' ');
            rt_put_done();  /* put_char alone buffers; flush each one too */
        }
    }
    for (int c = 33; c < 127; c++) {
        put_char((char)c);
        rt_put_done();
    }
    put_nl();
    put_str("done\n");
    return rt_status();
}

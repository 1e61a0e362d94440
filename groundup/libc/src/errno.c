/* errno: one per thread (C17 7.5), so it lives in thread-local storage. */
#include <errno.h>
#include "syscall.h"

static _Thread_local int errno_value;

int *__errno_location(void) { return &errno_value; }

long __syscall_ret(long r) {
    if (r < 0 && r > -4096) {
        errno_value = (int)-r;
        return -1;
    }
    return r;
}

/* A lock for the allocator and stdio: an atomic swap spin lock that gives up the hart
 * (sched_yield) while it waits, so a waiter never burns a whole quantum. */
#include "libc.h"
#include "syscall.h"

void __lock(volatile int *l) {
    while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE))
        __syscall0(SYS_sched_yield);
}

void __unlock(volatile int *l) { __atomic_store_n(l, 0, __ATOMIC_RELEASE); }

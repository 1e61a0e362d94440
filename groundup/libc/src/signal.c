/* Signals: the kernel's rt_sigaction takes {handler, flags, mask} (riscv has no
 * sa_restorer: the kernel's vDSO returns from handlers). */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include "syscall.h"

/* Linux's layout on riscv (no sa_restorer). The mask is 8 bytes for the kernel (the
 * size argument says so), but the struct carries 128, zeroed, as glibc's does: qemu-
 * riscv64 (7.2) reads and writes {handler, flags, restorer, mask}, 32 bytes, so with a
 * 24-byte struct it overwrote the next one on the stack (the new action's handler,
 * read as 0 after) and took its mask from whatever followed; so it takes the mask as
 * 0, as for glibc's programs. groundup's kernel reads Linux's layout. */
struct kernel_sigaction {
    void *handler;
    unsigned long flags;
    unsigned long mask;
    unsigned long pad[15];
};

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old) {
    struct kernel_sigaction k, ko;
    if (act) {
        memset(&k, 0, sizeof k);
        k.handler = (void *)act->sa_handler;
        k.flags = (unsigned long)(unsigned)act->sa_flags;
        k.mask = act->sa_mask.__bits[0];
    }
    long r = __syscall4(SYS_rt_sigaction, sig, act ? &k : 0, old ? &ko : 0, 8);
    if (r < 0)
        return (int)__syscall_ret(r);
    if (old) {
        memset(old, 0, sizeof *old);
        old->sa_handler = (sighandler_t)ko.handler;
        old->sa_flags = (int)ko.flags;
        old->sa_mask.__bits[0] = ko.mask;
    }
    return 0;
}

sighandler_t signal(int sig, sighandler_t handler) {
    struct sigaction act, old;
    memset(&act, 0, sizeof act);
    act.sa_handler = handler;
    act.sa_flags = SA_RESTART;
    if (sigaction(sig, &act, &old) < 0)
        return SIG_ERR;
    return old.sa_handler;
}

int kill(pid_t pid, int sig) { return (int)SYSCALL2(SYS_kill, pid, sig); }

int raise(int sig) {
    long pid = __syscall0(SYS_getpid), tid = __syscall0(SYS_gettid);
    return (int)SYSCALL3(SYS_tgkill, pid, tid, sig);
}

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old) {
    return (int)SYSCALL4(SYS_rt_sigprocmask, how, set, old, 8);
}

int sigpending(sigset_t *set) { return (int)SYSCALL2(136 /* rt_sigpending */, set, 8); }
int sigsuspend(const sigset_t *mask) { return (int)SYSCALL2(133 /* rt_sigsuspend */, mask, 8); }

static int bad_signal(int sig) {
    if (sig < 1 || sig > 64) {
        errno = EINVAL;
        return 1;
    }
    return 0;
}

int sigemptyset(sigset_t *set) {
    set->__bits[0] = 0;
    return 0;
}
int sigfillset(sigset_t *set) {
    set->__bits[0] = ~0UL;
    return 0;
}
int sigaddset(sigset_t *set, int sig) {
    if (bad_signal(sig))
        return -1;
    set->__bits[0] |= 1UL << (sig - 1);
    return 0;
}
int sigdelset(sigset_t *set, int sig) {
    if (bad_signal(sig))
        return -1;
    set->__bits[0] &= ~(1UL << (sig - 1));
    return 0;
}
int sigismember(const sigset_t *set, int sig) {
    if (bad_signal(sig))
        return -1;
    return (int)((set->__bits[0] >> (sig - 1)) & 1);
}

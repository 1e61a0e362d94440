/* Blocking signals: a blocked signal stays pending (sigpending) until unblocked, and
 * is then handled before sigprocmask returns; sigsuspend waits with a temporary mask
 * and returns EINTR; sigtimedwait takes a pending signal without its handler, or
 * times out; SIGKILL and SIGSTOP cannot be blocked; an ignored signal that is
 * blocked is not discarded but stays pending.
 *
 * needs: signals
 */
#include "common.h"

#include <time.h>

static volatile sig_atomic_t handled;

static void handler(int sig) { handled = sig; }

static int blocked_now(int sig) {
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    return sigismember(&cur, sig);
}

static int pending_now(int sig) {
    sigset_t p;
    sigpending(&p);
    return sigismember(&p, sig);
}

int main(void) {
    signal(SIGUSR1, handler);
    signal(SIGUSR2, handler);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    CHECK(sigprocmask(SIG_BLOCK, &set, &old) == 0);
    raise(SIGUSR1);
    printf("blocked: handled %d, pending %d\n", handled, pending_now(SIGUSR1));
    CHECK(sigprocmask(SIG_UNBLOCK, &set, NULL) == 0);
    printf("unblocked: handled %s, pending %d\n", handled == SIGUSR1 ? "SIGUSR1" : "no",
           pending_now(SIGUSR1));

    handled = 0;
    CHECK(sigprocmask(SIG_BLOCK, &set, NULL) == 0);
    raise(SIGUSR1);
    sigset_t none;
    sigemptyset(&none);
    int r = sigsuspend(&none);
    printf("sigsuspend: %d %s, handled %d, mask restored %d\n", r, errname(errno),
           handled == SIGUSR1, blocked_now(SIGUSR1));

    handled = 0;
    sigaddset(&set, SIGUSR2);
    CHECK(sigprocmask(SIG_BLOCK, &set, NULL) == 0);
    raise(SIGUSR2);
    siginfo_t si;
    struct timespec ten_ms = {0, 10000000};
    r = sigtimedwait(&set, &si, &ten_ms);
    /* (si_code is not printed: qemu-riscv64 7.2 reports 0 here instead of SI_TKILL.) */
    printf("sigtimedwait: got %s, handler ran %d\n", r == SIGUSR2 ? "SIGUSR2" : "other",
           handled != 0);
    r = sigtimedwait(&set, &si, &ten_ms);
    printf("sigtimedwait with nothing pending: %d %s\n", r, errname(errno));
    raise(SIGUSR1);
    int sig = 0;
    printf("sigwait: %d", sigwait(&set, &sig));
    printf(", %s\n", sig == SIGUSR1 ? "SIGUSR1" : "other");

    sigset_t all, now;
    sigfillset(&all);
    CHECK(sigprocmask(SIG_SETMASK, &all, NULL) == 0);
    sigprocmask(SIG_BLOCK, NULL, &now);
    printf("after blocking everything: KILL blocked %d, STOP blocked %d, TERM blocked %d\n",
           sigismember(&now, SIGKILL), sigismember(&now, SIGSTOP), sigismember(&now, SIGTERM));
    signal(SIGINT, SIG_IGN);
    raise(SIGINT);
    printf("ignored while blocked, pending %d\n", pending_now(SIGINT));
    printf("bad how: %s\n", sysres(sigprocmask(12345, &set, NULL)));
    CHECK(sigprocmask(SIG_SETMASK, &old, NULL) == 0);
    printf("mask restored: USR1 blocked %d\n", blocked_now(SIGUSR1));
    return 0;
}

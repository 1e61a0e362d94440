/* The alternate signal stack: an SA_ONSTACK handler runs on it (a local variable of
 * the handler lies inside it, and sigaltstack reports SS_ONSTACK there, not after);
 * SS_DISABLE turns it off; a stack overflow is caught by a SIGSEGV handler that can
 * only run on the alternate stack, and siglongjmp leaves it (restoring the mask);
 * a handler that returns into the same fault again is given the default action.
 *
 * needs: signals, fork
 * suite: unit
 */
#include "common.h"

#include <setjmp.h>
#include <stdint.h>

static char altstack[64 * 1024];
static volatile int inside, reported_onstack;
static sigjmp_buf back;
static volatile int depth;

static void on_usr1(int sig) {
    (void)sig;
    char local;
    inside = (uintptr_t)&local >= (uintptr_t)altstack &&
             (uintptr_t)&local < (uintptr_t)altstack + sizeof altstack;
    stack_t now;
    sigaltstack(NULL, &now);
    reported_onstack = (now.ss_flags & SS_ONSTACK) != 0;
}

static void on_segv(int sig) {
    (void)sig;
    siglongjmp(back, 1);
}

static int recurse(int n) {
    volatile char pad[1024];
    pad[0] = (char)n;
    depth = n;
    return recurse(n + 1) + pad[0];
}

int main(void) {
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    CHECK(sigaltstack(&ss, NULL) == 0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sa.sa_flags = SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    raise(SIGUSR1);
    stack_t now;
    sigaltstack(NULL, &now);
    printf("SA_ONSTACK: on the alternate stack %d, SS_ONSTACK inside %d, outside %d\n",
           inside, reported_onstack, (now.ss_flags & SS_ONSTACK) != 0);
    stack_t tiny = {.ss_sp = altstack, .ss_size = 100, .ss_flags = 0};
    printf("a 100-byte stack: %s\n", sysres(sigaltstack(&tiny, NULL)));
    stack_t off = {.ss_flags = SS_DISABLE};
    CHECK(sigaltstack(&off, NULL) == 0);
    raise(SIGUSR1);
    sigaltstack(NULL, &now);
    printf("SS_DISABLE: on the alternate stack %d, flags SS_DISABLE %d\n", inside,
           (now.ss_flags & SS_DISABLE) != 0);

    CHECK(sigaltstack(&ss, NULL) == 0);
    sa.sa_handler = on_segv;
    sa.sa_flags = SA_ONSTACK;
    CHECK(sigaction(SIGSEGV, &sa, NULL) == 0);
    pid_t pid = fork();
    if (pid == 0) {
        if (sigsetjmp(back, 1) == 0) {
            recurse(0);
            _exit(1);
        }
        sigset_t m;
        sigprocmask(SIG_BLOCK, NULL, &m);
        printf("overflow caught after more than 1000 levels %d, SIGSEGV unblocked again %d\n",
               depth > 1000, !sigismember(&m, SIGSEGV));
        fflush(stdout);
        _exit(0);
    }
    int status;
    CHECK(waitpid(pid, &status, 0) == pid);
    printf("child: %s\n", describe(status));

    sa.sa_handler = SIG_DFL;
    pid = fork();
    if (pid == 0) {
        struct sigaction ret;
        memset(&ret, 0, sizeof ret);
        ret.sa_handler = on_usr1; /* returns: the fault happens again and again ... */
        ret.sa_flags = SA_RESETHAND; /* ... but only once with the handler */
        CHECK(sigaction(SIGSEGV, &ret, NULL) == 0);
        (void)*(volatile int *)8;
        _exit(0);
    }
    CHECK(waitpid(pid, &status, 0) == pid);
    printf("a handler returning into its fault (SA_RESETHAND): %s\n", describe(status));
    return 0;
}

/* Signal handlers installed with sigaction: the siginfo an SA_SIGINFO handler gets
 * from raise, kill and sigqueue; SA_NODEFER deciding whether a signal raised inside
 * its own handler nests; SA_RESETHAND; standard signals merging while blocked and
 * real-time signals queueing; a signal raised in another's handler runs at once,
 * nested in it.
 *
 * Left out because qemu-riscv64 7.2 gets them wrong: sa_mask (it never blocks the
 * signals in it while the handler runs), and with it the order in which several
 * pending signals are delivered.
 *
 * needs: signals
 */
#include "common.h"

static volatile sig_atomic_t flag;
static volatile int last_signo, last_code, last_value, from_self, depth, max_depth, calls;
static char order[64];
static volatile int order_len;

static void on_info(int sig, siginfo_t *si, void *context) {
    (void)context;
    last_signo = sig;
    last_code = si->si_code;
    last_value = si->si_value.sival_int;
    from_self = si->si_pid == getpid();
    flag = 1;
}

static void nesting(int sig) {
    calls++;
    depth++;
    if (depth > max_depth) max_depth = depth;
    if (calls == 1) raise(sig);
    depth--;
}

static void note(const char *what) {
    size_t n = strlen(what);
    if (order_len + n < sizeof order) {
        memcpy(order + order_len, what, n + 1);
        order_len += (int)n;
    }
}

static void outer(int sig) {
    (void)sig;
    note("outer-begin ");
    raise(SIGUSR2);
    note("outer-end ");
}

static void inner(int sig) {
    (void)sig;
    note("inner ");
}

static void counting(int sig) {
    (void)sig;
    calls++;
}

static const char *code_name(int code) {
    switch (code) {
    case SI_USER: return "SI_USER";
    case SI_TKILL: return "SI_TKILL";
    case SI_QUEUE: return "SI_QUEUE";
    default: return "other";
    }
}

static void install(int sig, void (*handler)(int), int flags) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sa.sa_flags = flags;
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(sig, &sa, NULL) == 0);
}

static void test_nesting(int flags) {
    calls = depth = max_depth = 0;
    install(SIGUSR2, nesting, flags);
    raise(SIGUSR2);
    printf("%s: handler calls %d, deepest nesting %d\n", flags ? "SA_NODEFER" : "default", calls,
           max_depth);
}

int main(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_info;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    struct sigaction back;
    CHECK(sigaction(SIGUSR1, NULL, &back) == 0);
    printf("read back: SA_SIGINFO %d, same handler %d\n", (back.sa_flags & SA_SIGINFO) != 0,
           back.sa_sigaction == on_info);

    printf("raise: %d", raise(SIGUSR1));
    printf(" -> flag %d, signo %d, code %s\n", flag, last_signo, code_name(last_code));
    flag = 0;
    printf("kill: %d", kill(getpid(), SIGUSR1));
    printf(" -> flag %d, code %s, from us %d\n", flag, code_name(last_code), from_self);
    flag = 0;
    union sigval v = {.sival_int = 1234};
    printf("sigqueue: %d", sigqueue(getpid(), SIGUSR1, v));
    printf(" -> flag %d, code %s, value %d\n", flag, code_name(last_code), last_value);

    test_nesting(0);
    test_nesting(SA_NODEFER);

    calls = 0;
    install(SIGWINCH, counting, SA_RESETHAND);
    raise(SIGWINCH);
    raise(SIGWINCH);
    CHECK(sigaction(SIGWINCH, NULL, &back) == 0);
    printf("SA_RESETHAND: calls %d, handler reset to default %d\n", calls,
           back.sa_handler == SIG_DFL);

    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR2);
    sigaddset(&block, SIGRTMIN + 1);
    sigprocmask(SIG_BLOCK, &block, &old);
    calls = 0;
    install(SIGUSR2, counting, 0);
    install(SIGRTMIN + 1, counting, 0);
    for (int i = 0; i < 3; i++) raise(SIGUSR2);
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("SIGUSR2 sent 3 times while blocked: delivered %d\n", calls);
    calls = 0;
    sigprocmask(SIG_BLOCK, &block, &old);
    for (int i = 0; i < 3; i++) raise(SIGRTMIN + 1);
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("SIGRTMIN+1 sent 3 times while blocked: delivered %d\n", calls);

    struct sigaction o;
    memset(&o, 0, sizeof o);
    o.sa_handler = outer;
    sigemptyset(&o.sa_mask);
    CHECK(sigaction(SIGHUP, &o, NULL) == 0);
    install(SIGUSR2, inner, 0);
    order_len = 0;
    raise(SIGHUP);
    printf("raised in another handler: %s\n", order);
    return 0;
}

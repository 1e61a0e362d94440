/* The signal frame as a handler sees it: an ebreak with known values in s2, s3 and
 * fs0 raises SIGTRAP; the SA_SIGINFO handler finds them in uc->uc_mcontext (pc, s2,
 * s3, fs0, and the pc again in si_addr), checks that its frame is 16-byte aligned and
 * that uc_sigmask is the mask from before the signal, then changes the saved pc (past
 * the ebreak), a0, s3 and fa0 - and the program goes on with those values. Faults with
 * handlers: a load from an unmapped page (SEGV_MAPERR, si_addr the address), a store
 * to a read-only page (SEGV_ACCERR), an illegal instruction (ILL_ILLOPC, si_addr the
 * pc), each skipped by the handler moving the saved pc past the instruction. And
 * rt_sigreturn with no signal frame at sp (an unmapped page) is death by SIGSEGV.
 *
 * needs: signals, fork
 * suite: unit
 */
#include "common.h"

#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <ucontext.h>

static volatile int trap_ok, mask_ok, aligned, signo, code, addr_ok;
static volatile uintptr_t fault_addr;

/* The length of the instruction at pc: 2 if compressed, else 4. */
static int insn_length(uintptr_t pc) { return (*(volatile uint16_t *)pc & 3) == 3 ? 4 : 2; }

static void on_trap(int sig, siginfo_t *si, void *ctx) {
    ucontext_t *uc = ctx;
    mcontext_t *mc = &uc->uc_mcontext;
    uintptr_t pc = mc->__gregs[REG_PC];
    double fs0;
    memcpy(&fs0, &mc->__fpregs.__d.__f[8], sizeof fs0);
    trap_ok = mc->__gregs[18] == 0x1234567890abcdefUL && mc->__gregs[19] == 77 && fs0 == 1.5 &&
              (uintptr_t)si->si_addr == pc && *(volatile uint16_t *)pc != 0;
    aligned = ((uintptr_t)si & 15) == 0 && (void *)uc == (char *)si + 128;
    mask_ok = sigismember(&uc->uc_sigmask, SIGUSR2) && !sigismember(&uc->uc_sigmask, SIGTRAP);
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    mask_ok = mask_ok && sigismember(&now, SIGTRAP) && sigismember(&now, SIGUSR2);
    signo = sig;
    mc->__gregs[REG_PC] = pc + insn_length(pc);
    mc->__gregs[10] = 42;    /* a0 */
    mc->__gregs[19] = 4242;  /* s3 */
    double two_and_half = 2.5;
    memcpy(&mc->__fpregs.__d.__f[10], &two_and_half, sizeof two_and_half); /* fa0 */
}

static void on_fault(int sig, siginfo_t *si, void *ctx) {
    ucontext_t *uc = ctx;
    uintptr_t pc = uc->uc_mcontext.__gregs[REG_PC];
    signo = sig;
    code = si->si_code;
    addr_ok = (uintptr_t)si->si_addr == (sig == SIGILL ? pc : fault_addr);
    uc->uc_mcontext.__gregs[REG_PC] = pc + insn_length(pc);
}

static void install(int sig, void (*fn)(int, siginfo_t *, void *)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fn;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGUSR2);
    CHECK(sigaction(sig, &sa, NULL) == 0);
}

static const char *segv_code(int c) {
    return c == SEGV_MAPERR ? "SEGV_MAPERR" : c == SEGV_ACCERR ? "SEGV_ACCERR" : "other";
}

int main(void) {
    install(SIGTRAP, on_trap);
    sigset_t usr2;
    sigemptyset(&usr2);
    sigaddset(&usr2, SIGUSR2);
    CHECK(sigprocmask(SIG_BLOCK, &usr2, NULL) == 0);
    long a0, s3;
    double fa0;
    __asm__ volatile("li s2, 0x1234567890abcdef\n\t"
                     "li s3, 77\n\t"
                     "fmv.d fs0, %[x]\n\t"
                     "li a0, 1\n\t"
                     "fmv.d.x fa0, zero\n\t"
                     "ebreak\n\t"
                     "mv %[a0], a0\n\t"
                     "mv %[s3], s3\n\t"
                     "fmv.d %[fa0], fa0\n\t"
                     : [a0] "=r"(a0), [s3] "=r"(s3), [fa0] "=f"(fa0)
                     : [x] "f"(1.5)
                     : "s2", "s3", "a0", "fs0", "fa0", "memory");
    printf("SIGTRAP: signo %d, registers seen %d, frame aligned %d, masks %d\n", signo, trap_ok,
           aligned, mask_ok);
    printf("after the handler: a0 %ld, s3 %ld, fa0 %.1f\n", a0, s3, fa0);
    sigset_t now;
    sigprocmask(SIG_BLOCK, NULL, &now);
    printf("mask restored: TRAP blocked %d, USR2 blocked %d\n", sigismember(&now, SIGTRAP),
           sigismember(&now, SIGUSR2));

    install(SIGSEGV, on_fault);
    install(SIGILL, on_fault);
    char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(page != MAP_FAILED);
    CHECK(munmap(page, 4096) == 0);
    fault_addr = (uintptr_t)page + 8;
    signo = code = addr_ok = 0;
    (void)*(volatile long *)fault_addr;
    printf("unmapped load: %s %s, si_addr right %d\n", signo == SIGSEGV ? "SIGSEGV" : "none",
           segv_code(code), addr_ok);
    page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(page != MAP_FAILED);
    fault_addr = (uintptr_t)page + 16;
    signo = code = addr_ok = 0;
    *(volatile long *)fault_addr = 1;
    printf("read-only store: %s %s, si_addr right %d\n", signo == SIGSEGV ? "SIGSEGV" : "none",
           segv_code(code), addr_ok);
    signo = code = addr_ok = 0;
    __asm__ volatile(".4byte 0" ::: "memory");
    printf("illegal instruction: %s code %s, si_addr right %d\n",
           signo == SIGILL ? "SIGILL" : "none", code == ILL_ILLOPC ? "ILL_ILLOPC" : "other",
           addr_ok);

    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGSEGV, SIG_DFL);
        __asm__ volatile("li sp, 16\n\t"
                         "li a7, %0\n\t"
                         "ecall" ::"i"(SYS_rt_sigreturn)
                         : "memory");
        _exit(1);
    }
    int status;
    CHECK(waitpid(pid, &status, 0) == pid);
    printf("rt_sigreturn without a frame: %s\n", describe(status));
    return 0;
}

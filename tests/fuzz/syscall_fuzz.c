/*
 * syscall_fuzz.c - a guest program that attacks the kernel with system calls.
 *
 *     syscall_fuzz SEED COUNT
 *
 * makes COUNT system calls with numbers and arguments drawn from a xorshift
 * generator seeded by SEED: numbers mostly from the asm-generic table (0..463),
 * some unassigned and some huge; arguments small and negative ints, descriptors,
 * pointers into a scratch mapping (near its end, so copies run off it), path
 * strings, the program's own read-only text, NULL, wild and kernel-half
 * addresses, and huge lengths. Then it prints a summary and exits 0: a kernel
 * that survives every call lets it get there. The summary has a checksum of all
 * results, so two engines (or two runs) can be compared.
 *
 * Never run it under qemu-user, and never on a real kernel: those pass most calls
 * to the host (sethostname, setaffinity, mount ... as whoever runs the test).
 *
 * Freestanding (no libc): built with -nostdlib -ffreestanding, the calls are
 * raw ecalls. What it avoids, and why:
 *   - calls that end or replace the run: exit, exit_group, execve, execveat,
 *     clone, clone3, rt_sigreturn, and sending itself a real signal (kill,
 *     tkill, tgkill, rt_[tg]sigqueueinfo with a signal in 1..64 and itself as
 *     the target get another pid; signal 0 and invalid signals go to itself);
 *   - calls that can block forever in a one-thread process (futex waits, poll,
 *     select, epoll waits, sigsuspend, sigtimedwait, message and semaphore
 *     waits, socket accept/receive): blocking is not a kernel error;
 *   - pulling the rug from under itself: memory calls (mmap with MAP_FIXED,
 *     munmap, mprotect, mremap, madvise, mlock...) aimed at its own image,
 *     stack or scratch mapping are moved to a sandbox address; closing or
 *     replacing descriptors 1 and 2 (the summary goes to 1); lowering
 *     RLIMIT_STACK, RLIMIT_FSIZE or RLIMIT_CPU;
 *   - exhausting memory on purpose: MAP_POPULATE and MAP_LOCKED are cleared,
 *     mlockall is skipped, and a large mapping the fuzz creates (mmap, mremap,
 *     brk) is released right away, so that wild pointers do not land in it.
 */
#include <stddef.h>
#include <stdint.h>

#define SCRATCH_SIZE (64 * 1024)
#define SANDBOX 0x1000000000UL /* 64 GiB: far from the image, the mmap area and the stack */
#define BIG (1UL << 20)

/* gcc may call these for loops it recognizes; the empty asm keeps them from calling themselves. */
void *memset(void *d, int c, size_t n) {
    unsigned char *p = d;
    while (n--) {
        *p++ = (unsigned char)c;
        __asm__ volatile("" ::: "memory");
    }
    return d;
}

void *memcpy(void *restrict d, const void *restrict s, size_t n) {
    unsigned char *p = d;
    const unsigned char *q = s;
    while (n--) {
        *p++ = *q++;
        __asm__ volatile("" ::: "memory");
    }
    return d;
}

static long ecall6(long n, long a0, long a1, long a2, long a3, long a4, long a5) {
    register long r0 __asm__("a0") = a0;
    register long r1 __asm__("a1") = a1;
    register long r2 __asm__("a2") = a2;
    register long r3 __asm__("a3") = a3;
    register long r4 __asm__("a4") = a4;
    register long r5 __asm__("a5") = a5;
    register long r7 __asm__("a7") = n;
    __asm__ volatile("ecall"
                     : "+r"(r0)
                     : "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5), "r"(r7)
                     : "memory");
    return r0;
}

static uint64_t state;
static uint64_t next(void) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static unsigned char *scratch;
static uintptr_t stack_top, stack_low, image_low, image_high;
static long pid, initial_brk;
extern char __executable_start[], _end[];

static const char *const PATHS[] = {
    ".", "/", "/tmp", "/tmp/fuzz", "fuzzfile", "/dev/null", "/dev/zero", "/dev/urandom",
    "/proc/self/maps", "/proc/self/exe", "..", "/nonexistent/x", "prog", "", "a/b/c",
};
#define NPATHS (sizeof PATHS / sizeof PATHS[0])
#define PATH_SLOT 256 /* scratch offset of path i: i * PATH_SLOT */

static void put(const char *s, long n) { ecall6(64, 1, (long)s, n, 0, 0, 0); }
static long len(const char *s) {
    long n = 0;
    while (s[n]) n++;
    return n;
}
static void put_num(const char *label, long v) {
    char buf[24];
    int i = sizeof buf;
    unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
    do buf[--i] = (char)('0' + u % 10); while (u /= 10);
    if (v < 0) buf[--i] = '-';
    put(label, len(label));
    put(buf + i, sizeof buf - i);
}

static long arg(void) {
    uint64_t r = next();
    switch (next() % 20) {
    case 0: case 1: case 2: return (long)(r % 13) - 2;
    case 3: { static const long fds[] = {0, 3, 4, 5, 6, 7, 8, 9, 10, 64, 100, 1023, 4096, -100};
              return fds[r % (sizeof fds / sizeof fds[0])]; }
    case 4: case 5: return (long)(scratch + r % SCRATCH_SIZE);
    case 6: return (long)(scratch + SCRATCH_SIZE - 1 - r % 64); /* copies run off the end */
    case 7: case 8: return (long)(scratch + (r % NPATHS) * PATH_SLOT);
    case 9: return (long)__executable_start + (long)(r % 4096);
    case 10: return 0;
    case 11: return (long)r;
    case 12: return (long)(0xffffffc000000000UL + (r & 0xffffff)); /* the kernel half */
    case 13: return (long)((1UL << 38) + (r & 0xfff)); /* just above user space */
    case 14: { static const long huge[] = {1L << 31, 1L << 32, 0x7fffffffffffffffL, -1L,
                                          1L << 40, 0x7ffff000L, 1L << 62};
               return huge[r % (sizeof huge / sizeof huge[0])]; }
    case 15: case 16: return (long)(int32_t)r;
    case 17: return (long)(SANDBOX + (r % (1UL << 30) & ~0xfffUL));
    default: return (long)(r % 4096);
    }
}

/* The calls a Linux program makes most (and groundup implements): half of the draws. */
static const short COMMON[] = {
    17, 23, 24, 25, 29, 34, 35, 43, 44, 45, 46, 48, 49, 50, 56, 57, 59, 61, 62, 63, 64, 65, 66,
    67, 68, 78, 79, 80, 82, 83, 96, 99, 100, 101, 113, 114, 115, 123, 124, 129, 130, 131, 132,
    134, 135, 136, 148, 150, 153, 155, 156, 160, 163, 164, 165, 166, 169, 172, 173, 174, 175,
    176, 177, 178, 179, 214, 215, 216, 222, 226, 233, 261, 276, 278, 291, 293, 439,
};

static long number(void) {
    uint64_t r = next();
    switch (r % 16) {
    case 0: { static const long odd[] = {-1, 464, 500, 1000, 1L << 31, (1L << 32) + 64,
                                        (long)0x8000000000000040UL, 4096};
              return odd[(r >> 8) % (sizeof odd / sizeof odd[0])]; }
    case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8:
        return COMMON[(r >> 8) % (sizeof COMMON / sizeof COMMON[0])];
    default: return (long)((r >> 8) % 464);
    }
}

static int overlaps(uintptr_t a, uintptr_t n, uintptr_t lo, uintptr_t hi) {
    uintptr_t end = a + n < a ? UINTPTR_MAX : a + n; /* a huge length wraps: to the top */
    return a < hi && end > lo;
}

/* Would [a, a+n) touch the program's image, stack or scratch mapping? */
static int ours(long a, long n) {
    uintptr_t s = (uintptr_t)scratch;
    return overlaps(a, n, image_low, image_high) || overlaps(a, n, stack_low, stack_top) ||
           overlaps(a, n, s, s + SCRATCH_SIZE) || n < 0;
}

static void sandbox_range(long *a, long *n) {
    if (ours(*a, *n)) {
        *a = (long)(SANDBOX + (next() % (1UL << 20) & ~0xfffUL));
        *n = (long)(next() % (64 * 4096));
    }
}

static int is_self(long target) {
    int t = (int)target;
    return t == pid || t == 0 || t == -1 || t == -pid;
}

/* Adjust the call so that it cannot end the run early; 0 means skip it. */
static int tame(long n, long *a) {
    switch (n) {
    case 93: case 94: case 221: case 281: case 220: case 435: case 139: /* exit, exec, clone */
    case 98: case 449: case 455: case 456: case 457: case 72: case 73: case 22: case 441:
    case 133: case 137: case 188: case 192: case 193: case 183: case 4: case 292: case 426:
    case 202: case 242: case 203: case 207: case 212: case 243: case 230: /* may block */
        return 0;
    case 129: case 130: case 138: /* kill, tkill, rt_sigqueueinfo (pid, sig) */
        if ((int)a[1] >= 1 && (int)a[1] <= 64 && is_self(a[0])) a[0] = 31337;
        return 1;
    case 131: case 240: /* tgkill, rt_tgsigqueueinfo (tgid, tid, sig) */
        if ((int)a[2] >= 1 && (int)a[2] <= 64 && (is_self(a[0]) || is_self(a[1]))) a[0] = a[1] = 31337;
        return 1;
    case 424: return 0; /* pidfd_send_signal: a pidfd of ourselves could come from pidfd_open */
    case 57: if ((int)a[0] == 1 || (int)a[0] == 2) a[0] = 1000; return 1;   /* close */
    case 24: if ((int)a[1] == 1 || (int)a[1] == 2) a[1] = 1000; return 1;   /* dup3 */
    case 436: if ((unsigned)a[0] <= 2) a[0] = 3; return 1;                  /* close_range */
    case 164: case 261: { /* setrlimit (res, new), prlimit64 (pid, res, new, old) */
        long res = n == 164 ? a[0] : a[1];
        unsigned r = (unsigned)res;
        if (r == 0 || r == 1 || r == 3) {
            if (n == 164) return 0;
            a[2] = 0;
        }
        return 1;
    }
    case 222: /* mmap (addr, len, prot, flags, fd, off) */
        a[3] &= ~(0x8000L | 0x2000L); /* MAP_POPULATE, MAP_LOCKED */
        if (a[3] & (0x10 | 0x100000)) sandbox_range(&a[0], &a[1]);
        return 1;
    case 215: case 226: case 233: case 227: case 228: case 229: case 284: case 288: case 234:
    case 235: case 232: case 463: /* munmap mprotect madvise msync mlock munlock ... mseal */
        sandbox_range(&a[0], &a[1]);
        return 1;
    case 216: /* mremap (old, old_len, new_len, flags, new_addr) */
        sandbox_range(&a[0], &a[1]);
        if (ours(a[4], a[2])) a[4] = (long)(SANDBOX + (1UL << 32));
        return 1;
    default:
        return 1;
    }
}

/* Release what a call created that is big enough to catch wild pointers. */
static void tidy(long n, const long *a, long ret) {
    if (ret < 0 && ret > -4096) return;
    if ((n == 222 && (unsigned long)a[1] > BIG) || (n == 216 && (unsigned long)a[2] > BIG))
        if (!ours(ret, n == 222 ? a[1] : a[2])) ecall6(215, ret, n == 222 ? a[1] : a[2], 0, 0, 0, 0);
    if (n == 214 && ret > initial_brk + (long)BIG) ecall6(214, initial_brk, 0, 0, 0, 0, 0);
}

static void touch_stack(void) {
    volatile char pad[96 * 1024]; /* bring the stack's pages in now, while that is allowed */
    for (unsigned i = 0; i < sizeof pad; i += 4096) pad[i] = 0;
}

static long parse(const char *s) {
    long v = 0;
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return v;
}

__attribute__((used)) int cmain(long *sp) {
    long argc = sp[0];
    char **argv = (char **)(sp + 1);
    state = 0x9E3779B97F4A7C15UL ^ (uint64_t)(argc > 1 ? parse(argv[1]) : 1) * 0x2545F4914F6CDD1DUL;
    long count = argc > 2 ? parse(argv[2]) : 1000;
    stack_top = 0x4000000000UL;
    stack_low = (uintptr_t)sp - (1 << 20);
    image_low = (uintptr_t)__executable_start & ~0xfffUL;
    image_high = ((uintptr_t)_end + 0xfff) & ~0xfffUL;
    touch_stack();
    pid = ecall6(172, 0, 0, 0, 0, 0, 0);
    initial_brk = ecall6(214, 0, 0, 0, 0, 0, 0);
    scratch = (unsigned char *)ecall6(222, 0, SCRATCH_SIZE, 3, 0x22, -1, 0);
    if ((long)scratch < 0 && (long)scratch > -4096) {
        put("mmap of the scratch area failed\n", 32);
        return 1;
    }
    for (long i = 0; i < SCRATCH_SIZE; i++) scratch[i] = (unsigned char)(i * 7 + 1);
    for (unsigned i = 0; i < NPATHS; i++) {
        const char *p = PATHS[i];
        long k = 0;
        for (; p[k]; k++) scratch[i * PATH_SLOT + k] = (unsigned char)p[k];
        scratch[i * PATH_SLOT + k] = 0;
    }
    long made = 0, skipped = 0, ok = 0, enosys = 0, efault = 0, einval = 0, ebadf = 0, other = 0;
    uint64_t checksum = 0;
    for (long i = 0; i < count; i++) {
        long n = number(), a[6];
        for (int j = 0; j < 6; j++) a[j] = arg();
        if (!tame(n, a)) {
            skipped++;
            continue;
        }
        long ret = ecall6(n, a[0], a[1], a[2], a[3], a[4], a[5]);
        made++;
        checksum = (checksum ^ (uint64_t)ret ^ (uint64_t)n) * 0x100000001B3UL;
        if (ret >= 0 || ret < -4095) ok++;
        else if (ret == -38) enosys++;
        else if (ret == -14) efault++;
        else if (ret == -22) einval++;
        else if (ret == -9) ebadf++;
        else other++;
        tidy(n, a, ret);
    }
    put("\n", 1);
    put_num("fuzz: calls ", made);
    put_num(" skipped ", skipped);
    put_num(" ok ", ok);
    put_num(" ENOSYS ", enosys);
    put_num(" EFAULT ", efault);
    put_num(" EINVAL ", einval);
    put_num(" EBADF ", ebadf);
    put_num(" other ", other);
    put_num(" checksum ", (long)(checksum >> 1));
    put("\n", 1);
    return 0;
}

__attribute__((naked, noreturn)) void _start(void) {
    __asm__ volatile(".option push\n.option norelax\nla gp, __global_pointer$\n.option pop\n"
                     "mv a0, sp\n"
                     "call cmain\n"
                     "li a7, 94\n"
                     "ecall\n");
}

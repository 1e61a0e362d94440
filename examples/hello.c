/* hello.c: the first program groundup runs — no C library at all.
 *
 * _start is where the kernel's exec puts the pc; the stack holds argc, argv and
 * the environment. The program talks to the kernel only through ecall: a7 holds
 * the system call number (64 = write, 93 = exit), a0-a2 the arguments.
 *
 * Built with the oracle toolchain (see build.sh):
 *   riscv64-linux-gnu-gcc -O2 -nostdlib -ffreestanding -static -march=rv64gc hello.c -o hello.elf
 */
static long syscall3(long n, long a, long b, long c) {
    register long a0 __asm__("a0") = a;
    register long a1 __asm__("a1") = b;
    register long a2 __asm__("a2") = c;
    register long a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
    return a0;
}

static unsigned long length(const char *s) {
    unsigned long n = 0;
    while (s[n]) n++;
    return n;
}

static void put(const char *s) { syscall3(64, 1, (long)s, (long)length(s)); }

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static void put_number(long v) {
    char buf[24];
    int i = sizeof buf;
    buf[--i] = 0;
    do { buf[--i] = (char)('0' + v % 10); v /= 10; } while (v);
    put(buf + i);
}

int main(int argc, char **argv) {
    put("Hello from RISC-V, running on groundup!\n");
    put("argv[0] = ");
    put(argv[0]);
    put("\nfib(20) = ");
    put_number(fib(20));
    put("\n");
    return argc > 1 ? 1 : 0;
}

__attribute__((naked, section(".text.start"))) void _start(void) {
    __asm__ volatile(
        ".option push\n.option norelax\nla gp, __global_pointer$\n.option pop\n"
        "ld a0, 0(sp)\n"      /* argc */
        "addi a1, sp, 8\n"    /* argv */
        "call main\n"
        "li a7, 93\n"         /* exit(main's return value) */
        "ecall\n");
}

// Explicit register variables as asm operands (`register long a7 asm("a7")`: the
// operand is in that register, as a system call needs) and naked functions (no
// prologue, no epilogue: the asm is the whole function).
#include <stdio.h>

static long syscall3(long n, long a, long b, long c) {
  register long a0 __asm__("a0") = a;
  register long a1 __asm__("a1") = b;
  register long a2 __asm__("a2") = c;
  register long a7 __asm__("a7") = n;
  __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
  return a0;
}

static double fpick(double x, double y) {
  register double f1 __asm__("fa1") = y;
  register double f0 __asm__("fa0") = x;
  __asm__("fadd.d %0, %0, %1" : "+f"(f0) : "f"(f1));
  return f0;
}

__attribute__((naked)) long add3(long a, long b) {
  __asm__("add a0, a0, a1\n\taddi a0, a0, 3\n\tret");
}

__attribute__((naked, noinline)) static long swap_halves(long x) {
  __asm__("slli t0, a0, 32\n\tsrli a0, a0, 32\n\tor a0, a0, t0\n\tret");
}

int main(void) {
  fflush(stdout);
  long n = syscall3(64, 1, (long)"written by ecall\n", 17);  // write(1, ..., 17)
  printf("%ld %ld %lx %g\n", n, add3(40, -1), swap_halves(0x1122334455667788L),
         fpick(1.25, 2.5));
  printf("%d\n", syscall3(172, 0, 0, 0) > 0);  // getpid
  return 0;
}

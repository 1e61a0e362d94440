/* GNU inline assembly: register, memory, immediate and float operands, named operands,
   an in-out operand, clobbers (memory, a callee-saved register). */
#include <stdio.h>
static long add3(long a, long b) { long r; __asm__("add %0, %1, %2\n\taddi %0, %0, 3" : "=r"(r) : "r"(a), "r"(b)); return r; }
int main(void) {
  long x = 40, y = 2, z = 5;
  __asm__ volatile("" ::: "memory");
  __asm__("addi %0, %0, %1" : "+r"(z) : "i"(10));
  int mem = 7;
  __asm__ volatile("sw %1, %0" : "=m"(mem) : "r"(99));
  double d = 2.0, e;
  __asm__("fsqrt.d %0, %1" : "=f"(e) : "f"(d));
  long q;
  __asm__("mv %[out], %[in]" : [out] "=r"(q) : [in] "r"(x * 2));
  long s1v = 5;
  __asm__ volatile("li s1, 123" ::: "s1");
  printf("%ld %ld %d %.17g %ld %ld\n", add3(x, y), z, mem, e, q, s1v);
  return 0;
}

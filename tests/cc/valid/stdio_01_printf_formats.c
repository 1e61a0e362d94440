#include <stdio.h>

int main(void) {
  printf("[%d] [%5d] [%-5d] [%05d] [%+d]\n", 42, 42, 42, 42, 42);
  printf("[%u] [%x] [%X] [%o] [%#x] [%#o]\n", 3000000000u, 255u, 255u, 8u, 255u, 8u);
  printf("[%ld] [%lu] [%lx] [%lld]\n", -1234567890123L, 18446744073709551615UL, 0xdeadbeefUL, -1LL);
  printf("[%c%c%c] [%s] [%.3s] [%8s] [%-8s]\n", 'a', 'b', 'c', "str", "truncate", "right", "left");
  printf("[%zu] [%%] [%hhd] [%hd]\n", sizeof(long), (signed char)-5, (short)-300);
  return 0;
}

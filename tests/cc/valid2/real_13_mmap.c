#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(void) {
  size_t len = 3 * 4096;
  unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return 1;
  int zero = 1;
  for (size_t i = 0; i < len; i += 512)
    zero &= p[i] == 0;
  printf("zeroed %d\n", zero);
  for (size_t i = 0; i < len; i++)
    p[i] = (unsigned char)(i * 7);
  unsigned sum = 0;
  for (size_t i = 0; i < len; i += 97)
    sum += p[i];
  printf("sum %u\n", sum);
  double *d = (double *)(p + 4096);
  d[0] = 1.5;
  d[1] = d[0] * 4;
  printf("%g\n", d[1]);
  printf("munmap last %d\n", munmap(p + 2 * 4096, 4096));
  printf("mprotect %d\n", mprotect(p, 4096, PROT_READ));
  printf("%u\n", p[1]);
  printf("munmap %d\n", munmap(p, 2 * 4096));
  long page = sysconf(_SC_PAGESIZE);
  printf("page %ld\n", page);
  return 0;
}

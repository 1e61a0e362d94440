#include <stdio.h>
#include <stdlib.h>

struct row {
  const char *name;
  int count;
  long bytes;
};

static int by_bytes(const void *a, const void *b) {
  const struct row *x = a, *y = b;
  return (x->bytes < y->bytes) - (x->bytes > y->bytes);
}

int main(void) {
  struct row rows[] = {
    {"kernel", 41, 812345}, {"cc", 17, 402200}, {"libc", 96, 1203344}, {"tests", 650, 95000},
  };
  int n = sizeof rows / sizeof rows[0];
  qsort(rows, n, sizeof rows[0], by_bytes);
  printf("%-8s %6s %10s\n", "module", "files", "bytes");
  long total = 0;
  for (int i = 0; i < n; i++) {
    printf("%-8s %6d %10ld\n", rows[i].name, rows[i].count, rows[i].bytes);
    total += rows[i].bytes;
  }
  printf("%-8s %6s %10ld\n", "total", "", total);
  return 0;
}

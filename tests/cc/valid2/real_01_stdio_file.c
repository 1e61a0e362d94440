#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void) {
  char path[] = "/tmp/groundup_real01_XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0)
    return 1;
  FILE *f = fdopen(fd, "w+");
  for (int i = 1; i <= 5; i++)
    fprintf(f, "%d %s %.3f\n", i, i % 2 ? "odd" : "even", i / 3.0);
  rewind(f);
  int n;
  char word[8];
  double x, total = 0;
  while (fscanf(f, "%d %7s %lf", &n, word, &x) == 3) {
    printf("read %d %s %g\n", n, word, x);
    total += x;
  }
  printf("total %.3f eof %d\n", total, feof(f) != 0);
  long size = ftell(f);
  printf("size %ld\n", size);
  fclose(f);
  printf("unlink %d\n", unlink(path));
  return 0;
}

#include <stdlib.h>
int printf(const char *, ...);

int work(int fail_at) {
  int status = -1;
  char *a = malloc(16);
  if (!a)
    goto out;
  if (fail_at == 1)
    goto free_a;
  char *b = malloc(16);
  if (!b)
    goto free_a;
  if (fail_at == 2)
    goto free_b;
  status = 0;
free_b:
  free(b);
free_a:
  free(a);
out:
  return status;
}

int main(void) {
  printf("%d %d %d\n", work(0), work(1), work(2));
  return 0;
}

#include <stdio.h>
#include <stdlib.h>

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

int main(void) {
  char *end;
  long l = strtol("  -12345xyz", &end, 10);
  printf("%ld [%s]\n", l, end);
  printf("%ld %ld %lu\n", strtol("ff", NULL, 16), strtol("0x1F", NULL, 0),
         strtoul("777", NULL, 8));
  double d = strtod("3.25e2 rest", &end);
  printf("%g [%s]\n", d, end);
  printf("%g %g\n", strtod("0x1.8p1", NULL), strtod("-inf", NULL));
  printf("%d %ld %lld\n", atoi("42"), atol("-7"), atoll("9000000000"));
  printf("%g\n", atof("1.5"));
  div_t q = div(-17, 5);
  ldiv_t lq = ldiv(1000000000001L, 1000);
  printf("%d %d %ld %ld\n", q.quot, q.rem, lq.quot, lq.rem);
  printf("%d %ld %lld\n", abs(-3), labs(-4L), llabs(-5LL));
  int v[] = {42, 7, -3, 19, 0, 7, 100};
  qsort(v, 7, sizeof v[0], cmp_int);
  for (int i = 0; i < 7; i++)
    printf("%d ", v[i]);
  int key = 19;
  int *found = bsearch(&key, v, 7, sizeof v[0], cmp_int);
  printf("\nfound at %td\n", found - v);
  key = 5;
  printf("%s\n", bsearch(&key, v, 7, sizeof v[0], cmp_int) ? "yes" : "no");
  int *heap = calloc(4, sizeof *heap);
  heap = realloc(heap, 8 * sizeof *heap);
  heap[7] = heap[0] + 1;
  printf("%d\n", heap[7]);
  free(heap);
  return 0;
}

#include <stdarg.h>
#include <stdio.h>

struct range {
  int lo, hi, count;
};

/* arguments until INT sentinel 0x7fffffff */
static struct range scan(int first, ...) {
  struct range r = {first, first, 0};
  va_list ap;
  va_start(ap, first);
  for (int v = first; v != 0x7fffffff; v = va_arg(ap, int)) {
    if (v < r.lo)
      r.lo = v;
    if (v > r.hi)
      r.hi = v;
    r.count++;
  }
  va_end(ap);
  return r;
}

int main(void) {
  struct range r = scan(5, -3, 12, 0, 7, 0x7fffffff);
  printf("%d %d %d\n", r.lo, r.hi, r.count);
  r = scan(0x7fffffff);
  printf("%d\n", r.count);
  r = scan(-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, 0x7fffffff);
  printf("%d %d %d\n", r.lo, r.hi, r.count);
  return 0;
}

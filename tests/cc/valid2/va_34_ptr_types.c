#include <stdarg.h>
#include <stdio.h>

struct point {
  int x, y;
};

static void visit(int n, ...) {
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    int kind = va_arg(ap, int);
    if (kind == 0) {
      double *d = va_arg(ap, double *);
      *d *= 2;
      printf("double %g\n", *d);
    } else if (kind == 1) {
      struct point *p = va_arg(ap, struct point *);
      printf("point %d %d\n", p->x, p->y);
      p->x = -p->x;
    } else {
      void (*fn)(int) = va_arg(ap, void (*)(int));
      fn(i);
    }
  }
  va_end(ap);
}

static void hello(int i) { printf("hello from argument %d\n", i); }

int main(void) {
  double d = 1.25;
  struct point p = {3, 4};
  visit(4, 0, &d, 1, &p, 2, hello, 0, &d);
  printf("%g %d\n", d, p.x);
  return 0;
}

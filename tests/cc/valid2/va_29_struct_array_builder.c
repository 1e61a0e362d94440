#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

struct kv {
  const char *key;
  double value;
};

/* build(n, "k1", 1.0, "k2", 2.0, ...) */
static struct kv *build(int n, ...) {
  struct kv *v = malloc(n * sizeof *v);
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    v[i].key = va_arg(ap, const char *);
    v[i].value = va_arg(ap, double);
  }
  va_end(ap);
  return v;
}

int main(void) {
  struct kv *v = build(5, "alpha", 1.5, "beta", -2.0, "gamma", 1e-3, "delta", 42.0, "eps",
                       2.220446049250313e-16);
  double total = 0;
  for (int i = 0; i < 5; i++) {
    printf("%-6s = %g\n", v[i].key, v[i].value);
    total += v[i].value;
  }
  printf("total %.17g\n", total);
  free(v);
  return 0;
}

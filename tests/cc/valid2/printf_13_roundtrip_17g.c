#include <stdio.h>
#include <stdlib.h>
#include "test.h"

int main(void) {
  double v[] = {0.1, 1.0 / 3, 2.0 / 3, 1e23, 5e-324, 1.7976931348623157e308,
                0.30000000000000004, 123456789.123456789, -9.87654321e-123};
  int ok = 0;
  for (unsigned i = 0; i < sizeof v / sizeof v[0]; i++) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.17g", v[i]);
    double back = strtod(buf, NULL);
    printf("%s\n", buf);
    ok += back == v[i];
  }
  ASSERT(9, ok);
  char buf[64];
  snprintf(buf, sizeof buf, "%.15g", 0.1 + 0.2);
  ASSERT(1, strtod(buf, NULL) != 0.1 + 0.2);
  printf("%s\n", buf);
  return 0;
}

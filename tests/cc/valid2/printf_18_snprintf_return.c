#include <stdio.h>
#include <string.h>
#include "test.h"

#pragma GCC diagnostic ignored "-Wformat-truncation" /* the truncation is the point */

int main(void) {
  char buf[16];
  ASSERT(8, snprintf(buf, sizeof buf, "%f", 3.25));
  ASSERT(0, strcmp(buf, "3.250000"));
  ASSERT(12, snprintf(buf, sizeof buf, "%e", 3.25));
  ASSERT(0, strcmp(buf, "3.250000e+00"));
  ASSERT(22, snprintf(buf, sizeof buf, "%.20f", 0.5));
  ASSERT(0, strcmp(buf, "0.5000000000000"));
  ASSERT(15, strlen(buf));
  ASSERT(4, snprintf(buf, 3, "%g", 0.25));
  ASSERT(0, strcmp(buf, "0."));
  ASSERT(3, snprintf(NULL, 0, "%g", 1e-5 * 0 + 100));
  ASSERT(8, snprintf(buf, sizeof buf, "%a", 1.5));
  ASSERT(0, strcmp(buf, "0x1.8p+0"));
  int n = snprintf(buf, sizeof buf, "%.3f|%.1e", 1.0 / 3, 12345.0);
  printf("%d %s\n", n, buf);
  return 0;
}

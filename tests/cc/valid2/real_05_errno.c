#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  errno = 0;
  long v = strtol("99999999999999999999", NULL, 10);
  printf("%d %d\n", v == LONG_MAX, errno == ERANGE);
  errno = 0;
  v = strtol("123", NULL, 10);
  printf("%ld %d\n", v, errno);
  errno = 0;
  double d = strtod("1e999", NULL);
  printf("%d %d\n", isinf(d) != 0, errno == ERANGE);
  errno = 0;
  FILE *f = fopen("/nonexistent/groundup/file", "r");
  printf("%d %d %s\n", f == NULL, errno == ENOENT, strerror(errno));
  printf("%s\n", strerror(EINVAL));
  printf("%d %d\n", EDOM, ERANGE);
  return 0;
}

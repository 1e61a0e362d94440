#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static char log_buf[256];
static int log_len;

static int append(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int append(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(log_buf + log_len, sizeof log_buf - log_len, fmt, ap);
  va_end(ap);
  log_len += n;
  return n;
}

int main(void) {
  ASSERT(6, append("x=%d, ", 42));
  ASSERT(11, append("pi=%.4f, ", 3.14159265));
  ASSERT(12, append("%s|%c|%ld", "name", 'Q', 12345L));
  append(" %e %g %a", 1e-7, 2.5, 0.5);
  puts(log_buf);
  ASSERT(strlen(log_buf), log_len);
  return 0;
}

#include <stdarg.h>
#include <stdio.h>

static int vformat_line(char *buf, size_t n, const char *fmt, va_list ap) {
  int len = vsnprintf(buf, n, fmt, ap);
  if (len >= 0 && (size_t)len + 1 < n) {
    buf[len] = '\n';
    buf[len + 1] = 0;
  }
  return len + 1;
}

static int vemit(const char *prefix, const char *fmt, va_list ap) {
  char buf[128];
  int len = vformat_line(buf, sizeof buf, fmt, ap);
  fputs(prefix, stdout);
  fputs(buf, stdout);
  return len;
}

static int emit(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int emit(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vemit("> ", fmt, ap);
  va_end(ap);
  return n;
}

int main(void) {
  int n = emit("%d + %d = %d", 2, 3, 5);
  printf("%d\n", n);
  n = emit("%.3f %s %c %lu", 3.14159, "pi", '!', 18446744073709551615UL);
  printf("%d\n", n);
  n = emit("%10.2e|%-6d|%x", -12345.678, 42, 255u);
  printf("%d\n", n);
  return 0;
}

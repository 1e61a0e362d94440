#include <stdarg.h>
#include <stdio.h>

static int line_no;

static void logf_(const char *level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void logf_(const char *level, const char *fmt, ...) {
  va_list ap;
  printf("%03d [%s] ", ++line_no, level);
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
  putchar('\n');
}

static void vfwd(const char *fmt, va_list ap) { vfprintf(stdout, fmt, ap); }

static void fwd(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void fwd(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfwd(fmt, ap);
  va_end(ap);
}

int main(void) {
  logf_("info", "starting with %d workers", 4);
  logf_("warn", "load %.2f%% of %s", 93.456, "cpu");
  logf_("error", "%d %d %d %d %d %d %d %d %d %d", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  fwd("%s %f %d %e\n", "forwarded", 1.25, -3, 6.5e10);
  return 0;
}

/* ftest.h - floating-point checks for tests/cc/valid2 (next to test.h's ASSERT).
 *
 * PD(expr) prints "expr = HEX = DECIMAL" (%a and %.17g), so every bit of a
 * double shows in the output.  ASSERT_D(expected, expr) converts both to
 * double and compares them with ==: a match prints "expr => HEX", a mismatch
 * prints the line and both values and exits with status 1.  (0.0 == -0.0, and
 * a NaN never matches: check those with signbit or x != x.)
 */
#ifndef GROUNDUP_FTEST_H
#define GROUNDUP_FTEST_H

int printf(const char *fmt, ...);
void exit(int status);

#define PD(expr) printf("%s = %a = %.17g\n", #expr, (double)(expr), (double)(expr))

#define ASSERT_D(expected, expr)                                               \
  do {                                                                         \
    double want_ = (double)(expected);                                         \
    double got_ = (double)(expr);                                              \
    if (want_ == got_) {                                                       \
      printf("%s => %a\n", #expr, got_);                                       \
    } else {                                                                   \
      printf("line %d: %s => %a, expected %a\n", __LINE__, #expr, got_,       \
             want_);                                                           \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

#endif

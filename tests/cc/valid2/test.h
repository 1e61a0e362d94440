/* test.h - the self-check of tests/cc/valid.
 *
 * ASSERT(expected, expr) evaluates both once, as long long.  On a match it
 * prints "expr => value" (so the output of a whole program is a record of
 * every check, compared between compilers); on a mismatch it prints the line
 * and both values and exits with status 1.  Only integers (and the results
 * of pointer comparisons) are checked this way: pointer values themselves
 * differ between compilers.  No includes, so it works before <stdio.h> does.
 */
#ifndef GROUNDUP_TEST_H
#define GROUNDUP_TEST_H

int printf(const char *fmt, ...);
void exit(int status);

#define ASSERT(expected, expr)                                                 \
  do {                                                                         \
    long long want_ = (long long)(expected);                                   \
    long long got_ = (long long)(expr);                                        \
    if (want_ == got_) {                                                       \
      printf("%s => %lld\n", #expr, got_);                                     \
    } else {                                                                   \
      printf("line %d: %s => %lld, expected %lld\n", __LINE__, #expr, got_,   \
             want_);                                                           \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

#endif

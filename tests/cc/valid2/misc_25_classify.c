#include <float.h>
#include <math.h>
#include <stdio.h>

static const char *kind(double x) {
  switch (fpclassify(x)) {
  case FP_NAN:
    return "nan";
  case FP_INFINITE:
    return "infinite";
  case FP_ZERO:
    return "zero";
  case FP_SUBNORMAL:
    return "subnormal";
  case FP_NORMAL:
    return "normal";
  }
  return "?";
}

int main(void) {
  double v[] = {0.0, -0.0, 1.0, DBL_MIN, DBL_MIN / 2, DBL_MAX, INFINITY, -INFINITY, NAN};
  for (int i = 0; i < 9; i++)
    printf("%-9s normal=%d finite=%d signbit=%d\n", kind(v[i]), isnormal(v[i]) != 0,
           isfinite(v[i]) != 0, signbit(v[i]) != 0);
  double n = NAN, one = 1.0, two = 2.0;
  printf("%d %d %d %d\n", isgreater(two, one), isgreaterequal(one, one), isless(one, two),
         islessequal(two, one));
  printf("%d %d %d\n", isgreater(n, one), isless(n, one), isunordered(n, one));
  printf("%d %d\n", islessgreater(one, two), islessgreater(one, n));
  printf("%s %s\n", kind((float)1e-40), kind(FLT_MIN));
  return 0;
}

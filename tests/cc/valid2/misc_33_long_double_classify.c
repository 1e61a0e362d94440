// math.h's classification and comparison macros on long double (binary128), beside
// float and double: isnan, isinf, isfinite, isnormal, signbit, fpclassify, and the
// quiet comparisons isless ... isunordered, with NaNs, infinities, subnormals, zeros.
#include <float.h>
#include <math.h>
#include <stdio.h>

static const char *class_name(int c) {
  switch (c) {
  case FP_NAN: return "nan";
  case FP_INFINITE: return "inf";
  case FP_NORMAL: return "normal";
  case FP_SUBNORMAL: return "subnormal";
  case FP_ZERO: return "zero";
  }
  return "?";
}

int main(void) {
  volatile long double zero = 0.0L;
  long double values[] = {0.0L, -0.0L, 1.0L, -2.5L, LDBL_MIN, LDBL_MIN / 4, -LDBL_MIN / 1e10L,
                          LDBL_MAX, -LDBL_MAX, 1.0L / zero, -1.0L / zero, zero / zero,
                          -(zero / zero), LDBL_TRUE_MIN, 1e-4940L};
  int n = (int)(sizeof values / sizeof values[0]);
  for (int i = 0; i < n; i++) {
    long double x = values[i];
    printf("%2d: nan %d inf %d finite %d normal %d signbit %d class %s\n", i, isnan(x) != 0,
           isinf(x) != 0, isfinite(x) != 0, isnormal(x) != 0, signbit(x) != 0,
           class_name(fpclassify(x)));
  }
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j += 3) {
      long double a = values[i], b = values[j];
      printf("%d%d%d%d%d%d", isless(a, b), islessequal(a, b), isgreater(a, b),
             isgreaterequal(a, b), islessgreater(a, b), isunordered(a, b));
      printf(j + 3 < n ? " " : "\n");
    }
  }
  // mixed: a double or a float beside a long double
  volatile double d = 2.0;
  volatile float f = -1.0f;
  long double big = 3.0L;
  printf("mixed %d %d %d %d\n", isless(d, big), isgreater(big, f), isunordered(d, zero / zero),
         islessequal(f, -1.0L));
  double dv[] = {1.0, -0.0, 1.0 / (double)zero, (double)(zero / zero), DBL_MIN / 2};
  for (int i = 0; i < 5; i++)
    printf("double %d: %d %d %d %d %s\n", i, isnan(dv[i]) != 0, isinf(dv[i]) != 0,
           signbit(dv[i]) != 0, isnormal(dv[i]) != 0, class_name(fpclassify(dv[i])));
  return 0;
}

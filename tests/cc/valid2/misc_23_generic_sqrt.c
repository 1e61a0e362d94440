// link: -lm
#include <math.h>
#include <stdio.h>

#define SQRT(x) _Generic((x), float: sqrtf, long double: sqrtl, default: sqrt)(x)
#define FMT(x) _Generic((x), float: "float %.9g\n", double: "double %.17g\n", default: "?\n")

int main(void) {
  volatile float f = 2.0f;
  volatile double d = 2.0;
  volatile long double ld = 2.0L;
  float rf = SQRT(f);
  double rd = SQRT(d);
  long double rl = SQRT(ld);
  printf(FMT(rf), rf);
  printf(FMT(rd), rd);
  printf("long double %.36Lg\n", rl);
  printf("%zu %zu %zu\n", sizeof SQRT(f), sizeof SQRT(d), sizeof SQRT(ld));
  int i = 16;
  printf(FMT(SQRT(i)), SQRT(i));
  return 0;
}

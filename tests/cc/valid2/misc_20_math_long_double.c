// link: -lm
#include <math.h>
#include <stdio.h>

int main(void) {
  volatile long double two = 2.0L, x = -2.75L;
  printf("%.36Lg\n", sqrtl(two));
  printf("%Lg %Lg %Lg %Lg\n", fabsl(x), floorl(x), ceill(x), truncl(x));
  printf("%Lg %Lg\n", roundl(x), fmodl(x, 1.0L));
  int e;
  long double m = frexpl(x, &e);
  printf("%Lg %d %Lg\n", m, e, ldexpl(m, e));
  printf("%.36Lg\n", sqrtl(two) * sqrtl(two));
  return 0;
}

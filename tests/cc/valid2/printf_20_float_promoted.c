#include <stdio.h>

int main(void) {
  float f = 0.1f;
  printf("%f %.10f %e %g %a\n", f, f, f, f, f);
  float g[3] = {1.5f, -2.25f, 1e-40f};
  for (int i = 0; i < 3; i++)
    printf("%.9g %a\n", g[i], g[i]);
  float h = 16777217;
  printf("%.1f\n", h);
  printf("%.17g\n", (double)f);
  char c = 'x';
  short s = -3;
  printf("%c %f %d %f\n", c, f * 2, s, s * f);
  return 0;
}

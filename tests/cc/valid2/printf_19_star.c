#include <stdio.h>

int main(void) {
  double pi = 3.14159265358979;
  for (int w = 4; w <= 12; w += 4)
    for (int p = 0; p <= 4; p += 2)
      printf("[%*.*f]\n", w, p, pi);
  printf("[%-*.*e]\n", 15, 3, pi);
  printf("[%*g]\n", -10, pi); /* negative width: left-justify */
  printf("[%.*f]\n", -1, pi); /* negative precision: as if omitted */
  return 0;
}

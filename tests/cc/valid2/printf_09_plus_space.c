#include <math.h>
#include <stdio.h>

int main(void) {
  printf("[%+f] [%+f]\n", 1.5, -1.5);
  printf("[% f] [% f]\n", 1.5, -1.5);
  printf("[%+e] [% e]\n", 1e10, 1e10);
  printf("[%+g] [% g]\n", 0.0, -0.0);
  printf("[%+a] [% a]\n", 1.0, 1.0);
  printf("[%+10.2f] [% 10.2f]\n", 3.14159, 3.14159);
  printf("[%+-10.1f] [% -10.1f]\n", 2.5, 2.5);
  printf("[%+f] [% f] [%+f]\n", INFINITY, INFINITY, -INFINITY);
  printf("[%+f] [% f]\n", NAN, NAN);
  return 0;
}

#include <math.h>
#include <stdio.h>

int main(void) {
  printf("[%010f]\n", 3.5);
  printf("[%010f]\n", -3.5);
  printf("[%+010.2f]\n", 3.5);
  printf("[% 010.2f]\n", 3.5);
  printf("[%012e]\n", 1234.5);
  printf("[%010g]\n", 0.001);
  printf("[%015a]\n", 1.0);
  printf("[%010f]\n", INFINITY); /* no zero padding for inf */
  printf("[%08.3f]\n", -0.5);
  return 0;
}

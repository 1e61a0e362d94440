#include <stdio.h>

int main(void) {
  printf("[%10f]\n", 3.5);
  printf("[%3f]\n", 3.5);
  printf("[%15e]\n", -3.5);
  printf("[%12g]\n", 0.0001);
  printf("[%20a]\n", 1.0);
  printf("[%8.2f]\n", 3.14159);
  printf("[%8.2f]\n", -3.14159);
  printf("[%1.1f]\n", 123.45);
  printf("[%12.4e]\n", 6.5e-10);
  printf("[%10g]\n", 1e-10);
  printf("[%6f]\n", 1.0 / 0.0 > 0 ? 1.0 / 0.0 : 0);
  return 0;
}

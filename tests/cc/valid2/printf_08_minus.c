#include <stdio.h>

int main(void) {
  printf("[%-10f]\n", 1.5);
  printf("[%-12e]\n", -1.5);
  printf("[%-10g]\n", 0.25);
  printf("[%-10.3f]\n", 2.0 / 3);
  printf("[%-20a]\n", 0.75);
  printf("[%-8.1f][%8.1f]\n", 9.95, 9.95);
  const char *names[3] = {"alpha", "beta", "gamma"};
  double vals[3] = {1.5, -22.25, 333.125};
  for (int i = 0; i < 3; i++)
    printf("%-8s|%-10.2f|%10.3e|\n", names[i], vals[i], vals[i]);
  return 0;
}

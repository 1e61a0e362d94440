#include <stdio.h>

int main(void) {
  printf("[%.0f] [%#.0f]\n", 3.0, 3.0);
  printf("[%.0e] [%#.0e]\n", 3.0, 3.0);
  printf("[%g] [%#g]\n", 1.5, 1.5);
  printf("[%g] [%#g]\n", 100000.0, 100000.0);
  printf("[%g] [%#g]\n", 1e-5, 1e-5);
  printf("[%.3g] [%#.3g]\n", 1.0, 1.0);
  printf("[%#.0a] [%.0a]\n", 1.0, 1.0);
  printf("[%#10.0f]\n", 42.0);
  return 0;
}

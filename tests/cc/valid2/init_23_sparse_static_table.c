#include <stdio.h>

static double price(int code) {
  static const double prices[16] = {
      [1] = 0.99, [2] = 1.49, [5] = 12.5, [8] = 0.05, [15] = 100,
  };
  return code >= 0 && code < 16 ? prices[code] : -1;
}

int main(void) {
  int order[] = {1, 1, 2, 5, 8, 8, 8, 15, 3, 20};
  double total = 0;
  for (int i = 0; i < 10; i++) {
    double p = price(order[i]);
    printf("%2d %.2f\n", order[i], p);
    if (p > 0)
      total += p;
  }
  printf("total %.17g\n", total);
  return 0;
}

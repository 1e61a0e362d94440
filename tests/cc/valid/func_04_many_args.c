#include "test.h"

long sum8(long a, long b, long c, long d, long e, long f, long g, long h) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h;
}

long sum12(int a, char b, short c, long d, unsigned e, unsigned char f, int g, long h,
           int i, long j, short k, char l) {
  return a - b + c - d + e - f + g - h + i - j + k - l;
}

int last_of_10(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
  return j * 1000 + i * 100 + a + b + c + d + e + f + g + h;
}

int main(void) {
  ASSERT(204, sum8(1, 2, 3, 4, 5, 6, 7, 8));
  ASSERT(-36, sum8(-1, -1, -1, -1, -1, -1, -1, -1));
  ASSERT(-6, sum12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  ASSERT(10936, last_of_10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  return 0;
}

#include "test.h"

long mix(char a, short b, int c, long d, unsigned char e, unsigned short f, unsigned g, long h,
         char i, int *j, long k, short l) {
  return a + b + c + d + e + f + g + h + i + *j + k + l;
}

int count_args(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k) {
  return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11;
}

int main(void) {
  int ten = 10;
  ASSERT(78, mix(1, 2, 3, 4, 5, 6, 7, 8, 9, &ten, 11, 12));
  /* plain char a = -1 is 255 */
  ASSERT(252, mix(-1, -2, -3, -4, 0, 0, 0, 0, 9, &ten, -1, -12));
  ASSERT(506, count_args(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
  return 0;
}

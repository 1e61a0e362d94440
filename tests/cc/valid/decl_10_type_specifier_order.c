#include "test.h"

int main(void) {
  unsigned int a = 1;
  int unsigned b = 2;
  long int c = 3;
  int long d = 4;
  long long int e = 5;
  long int long f = 6;
  unsigned long long int g = 7;
  short int h = 8;
  int short i = 9;
  signed j = -10;
  unsigned k = 11;
  long unsigned int l = 12;
  char signed m = -13;
  ASSERT(8, sizeof(long int long));
  ASSERT(2, sizeof(int short));
  ASSERT(4, sizeof(signed));
  ASSERT(45, a + b + c + d + e + f + g + h + i + j + k + l + m);
  return 0;
}

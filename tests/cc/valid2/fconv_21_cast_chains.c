#include "ftest.h"
#include "test.h"

int main(void) {
  double d = 300.75;
  ASSERT(44, (unsigned char)(int)d);
  ASSERT(300, (int)(unsigned short)d);
  ASSERT(301, (int)d + (int)0.75 + (int)(d - 299.5));
  ASSERT_D(300.0, (double)(int)d);
  ASSERT_D(300.75, (double)(float)d);
  float f = (float)(double)(float)0.1;
  ASSERT(1, f == 0.1f);
  long double ld = (long double)(double)0.1f;
  ASSERT(1, (float)ld == 0.1f);
  ASSERT(-1, (int)(signed char)(int)255.9);
  ASSERT_D(-1.0, (double)(signed char)(unsigned char)255.0);
  ASSERT(65536, (unsigned short)(int)-1.5 + 1);
  return 0;
}

#include "test.h"

int main(void) {
  ASSERT(255, (unsigned char)-1);
  ASSERT(-1, (signed char)255);
  ASSERT(65535, (unsigned short)-1);
  ASSERT(1, (long)(unsigned char)(signed char)-255);
  ASSERT(-256, (int)(short)(unsigned short)65280);
  ASSERT(0, (int)(unsigned char)256);
  ASSERT(4294967295LL, (long long)(unsigned)-1);
  ASSERT(-1, (long long)(int)(unsigned)-1);
  return 0;
}

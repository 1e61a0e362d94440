#include "test.h"

int main(void) {
  ASSERT(1, (char)257);
  ASSERT(-1, (short)65535);
  ASSERT(0, (_Bool)0);
  ASSERT(1, (_Bool)-7);
  ASSERT(255, (unsigned char)(char)-1);
  long l = (long)-1;
  ASSERT(-1, l);
  ASSERT(4294967295u, (unsigned)-1);
  int i = 1000;
  ASSERT(232, (unsigned char)i);
  ASSERT(3, (int)(long)3);
  void *v = (void *)&i;
  ASSERT(1000, *(int *)v);
  (void)i;
  ASSERT(8, sizeof((long)i));
  ASSERT(1, sizeof((char)i));
  return 0;
}

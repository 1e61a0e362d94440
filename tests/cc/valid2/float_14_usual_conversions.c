#include "test.h"

int main(void) {
  float f = 1.0f;
  double d = 1.0;
  long double ld = 1.0L;
  int i = 1;
  long l = 1;
  unsigned long ul = 1;
  ASSERT(4, sizeof(f + i));
  ASSERT(4, sizeof(f + l));
  ASSERT(4, sizeof(f + ul));
  ASSERT(8, sizeof(f + d));
  ASSERT(8, sizeof(d + i));
  ASSERT(8, sizeof(d + ul));
  ASSERT(16, sizeof(ld + d));
  ASSERT(16, sizeof(ld + f));
  ASSERT(16, sizeof(i + ld));
  ASSERT(4, sizeof(f * 'a'));
  ASSERT(4, sizeof(-f));
  ASSERT(8, sizeof(f + 1.0));
  ASSERT(4, sizeof(f + 1.0f));
  ASSERT(4, sizeof(i ? f : f));
  ASSERT(8, sizeof(i ? f : d));
  ASSERT(8, sizeof(i ? 1 : d));
  ASSERT(4, sizeof(i ? 1 : f));
  /* int converted to float loses precision */
  int big = 16777217;
  ASSERT(1, big + f == 16777216.0f);
  ASSERT(1, (float)big == 16777216.0f);
  long lb = 9007199254740993L;
  ASSERT(1, lb + d == 9007199254740992.0);
  return 0;
}

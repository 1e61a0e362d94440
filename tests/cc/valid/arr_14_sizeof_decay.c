#include "test.h"

int main(void) {
  int a[7];
  ASSERT(28, sizeof a);
  ASSERT(8, sizeof(a + 0));
  ASSERT(8, sizeof(&a[0]));
  ASSERT(8, sizeof(&a));
  ASSERT(4, sizeof(*a));
  char s[5][7];
  ASSERT(35, sizeof s);
  ASSERT(8, sizeof(s + 1));
  ASSERT(7, sizeof(*s));
  ASSERT(8, sizeof(*s + 1));
  return 0;
}

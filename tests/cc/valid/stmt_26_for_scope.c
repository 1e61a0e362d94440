#include "test.h"

int main(void) {
  int i = 100;
  for (int i = 0; i < 3; i++) {
    int i2 = i * 2;
    (void)i2;
  }
  ASSERT(100, i);
  int total = 0;
  for (int i = 0; i < 3; i++)
    for (int i = 0; i < 2; i++) /* a new scope, a new i */
      total++;
  ASSERT(6, total);
  for (int a = 0, *p = &total; a < 1; a++)
    *p += 10;
  ASSERT(16, total);
  return 0;
}

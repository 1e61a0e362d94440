#include "test.h"

int main(void) {
  int n = 0;
  for (double x = 0.0; x != 1.0 && n < 100; x += 0.1)
    n++;
  ASSERT(100, n);
  n = 0;
  for (double x = 0.0; x != 1.0 && n < 100; x += 0.125)
    n++;
  ASSERT(8, n);
  n = 0;
  for (float x = 0.0f; x < 1.0f; x += 0.1f)
    n++;
  ASSERT(10, n);
  n = 0;
  for (double x = 0.0; x < 1.0; x += 0.1)
    n++;
  ASSERT(11, n);
  n = 0;
  for (double x = 1.0; x > 1e-3; x /= 3)
    n++;
  ASSERT(7, n);
  return 0;
}

#include "ftest.h"
#include "test.h"

int main(void) {
  int hist[5] = {0};
  double samples[10] = {0.1, 0.5, 1.2, 1.9, 2.0, 2.5, 3.3, 3.99, 4.0, 4.7};
  for (int i = 0; i < 10; i++)
    hist[(int)samples[i]]++;
  ASSERT(2, hist[0]);
  ASSERT(2, hist[1]);
  ASSERT(2, hist[2]);
  ASSERT(2, hist[3]);
  ASSERT(2, hist[4]);
  double table[4] = {10, 20, 30, 40};
  double idx = 2.7;
  ASSERT_D(30.0, table[(int)idx]);
  ASSERT_D(20.0, table[(long)(idx - 1)]);
  char s[] = "abcdef";
  float fi = 3.2f;
  ASSERT('d', s[(int)fi]);
  ASSERT('c', *(s + (int)(fi - 0.5f)));
  return 0;
}

#include "test.h"

int main(void) {
  unsigned char u = 0;
  for (int i = 0; i < 300; i++)
    u++;
  ASSERT(44, u);
  char c = 'z';
  c += 6;
  ASSERT(128, c);
  signed char s = 120;
  s = (signed char)(s + 10);
  ASSERT(-126, s);
  char arr[3] = {'a', 'b', 'c'};
  int sum = arr[0] + arr[1] + arr[2];
  ASSERT(294, sum);
  return 0;
}

#include "test.h"

int main(void) {
  char bytes[] = {(char)0x80, (char)0xff, 0x7f, 1};
  int sum = 0;
  for (int i = 0; i < 4; i++)
    sum += bytes[i]; /* plain char: 128 + 255 + 127 + 1 */
  ASSERT(511, sum);
  signed char sb[] = {-128, -1, 127, 1};
  sum = 0;
  for (int i = 0; i < 4; i++)
    sum += sb[i];
  ASSERT(-1, sum);
  return 0;
}

#include "test.h"

int main(void) {
  ASSERT(255, 0xff);
  ASSERT(255, 0XFF);
  ASSERT(255, 0377);
  ASSERT(0, 00);
  ASSERT(8, 010);
  ASSERT(511, 0777);
  ASSERT(3054, 0xbee);
  ASSERT(48879, 0xBeEf);
  ASSERT(1, 0x1);
  ASSERT(2147483647, 0x7fffffff);
  ASSERT(123, 123);
  return 0;
}

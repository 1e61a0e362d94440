#include "ftest.h"
#include "test.h"

int main(void) {
  ASSERT_D(12.0, 0x1.8p3);
  ASSERT_D(1.0, 0x1p0);
  ASSERT_D(0.5, 0x1p-1);
  ASSERT_D(255.0, 0xffp0);
  ASSERT_D(0.0625, 0x.1p0);
  ASSERT_D(10.0, 0xAp0);
  ASSERT_D(1.0, 0X1P+0);
  ASSERT_D(2.0, 0x1.p1);
  PD(0x1.fffffffffffffp1023);
  PD(0x1p-1022);
  PD(0x1.999999999999ap-4);
  PD(0x1.921fb54442d18p1);
  float f = 0x1.8p1f;
  ASSERT_D(3.0, f);
  ASSERT(4, sizeof 0x1p0f);
  ASSERT(8, sizeof 0x1p0);
  ASSERT(16, sizeof 0x1p0L);
  return 0;
}

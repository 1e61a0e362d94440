#include "ftest.h"
#include "test.h"

static float itof(int i) { return i; }

int main(void) {
  ASSERT_D(16777216.0, itof(16777216));
  ASSERT_D(16777216.0, itof(16777217)); /* tie: to even */
  ASSERT_D(16777218.0, itof(16777218));
  ASSERT_D(16777220.0, itof(16777219)); /* tie: to even (up) */
  ASSERT_D(-16777216.0, itof(-16777217));
  ASSERT_D(2147483648.0, itof(2147483647));
  ASSERT_D(2147483520.0, itof(2147483520));
  ASSERT_D(2147483520.0, itof(2147483583));
  ASSERT_D(2147483648.0, itof(2147483584)); /* tie between ...520 and ...648 */
  ASSERT_D(33554432.0, itof(33554434)); /* tie: spacing 4, to even (down) */
  ASSERT_D(33554440.0, itof(33554438)); /* tie: to even (up) */
  ASSERT_D(100000000.0, itof(100000001));
  ASSERT_D(123456792.0, itof(123456789));
  return 0;
}

#include "ftest.h"
#include "test.h"

enum level { LOW = 1, MID = 5, HIGH = 10, MAX = 1000000 };

static enum level classify(double v) {
  if (v < MID)
    return LOW;
  if (v < HIGH)
    return MID;
  return HIGH;
}

int main(void) {
  enum level e = HIGH;
  double d = e;
  ASSERT_D(10.0, d);
  ASSERT_D(2.5, MID / 2.0);
  ASSERT_D(1e6, (float)MAX);
  e = 5.9;
  ASSERT(MID, e);
  ASSERT(LOW, classify(0.5));
  ASSERT(MID, classify(7.25));
  ASSERT(HIGH, classify(1e9));
  double weights[HIGH + 1] = {[LOW] = 0.5, [MID] = 1.5, [HIGH] = 3.0};
  ASSERT_D(5.0, weights[LOW] + weights[MID] + weights[HIGH]);
  return 0;
}

#include "ftest.h"

static double log_value;
static double record(double v) {
  log_value += v;
  return log_value;
}

int main(void) {
  record(1.5);
  (void)record(2.5);
  record(record(0.5)); /* inner returns 4.5: adds 0.5 then 4.5 */
  ASSERT_D(9.0, log_value);
  double r = (record(1), record(2));
  ASSERT_D(12.0, r);
  return 0;
}

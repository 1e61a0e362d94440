#include "ftest.h"

static float third(void) { return 1.0f / 3; }
static float big(void) { return 16777217.0f; }

int main(void) {
  double d = third();
  PD(d);
  PD(third() * 3.0);
  PD(third() * 3.0f);
  PD(big());
  PD(big() + 1.0);
  double e = third() + 1.0 / 3;
  PD(e);
  return 0;
}

#include "ftest.h"
#include "test.h"

double total;
double total;
extern double rate;
double rate = 0.05;
float counts[3];

static void deposit(double amount) { total += amount; }
static void accrue(void) { total *= 1 + rate; }

int main(void) {
  ASSERT_D(0.0, total);
  ASSERT_D(0.0, counts[2]);
  deposit(1000);
  accrue();
  PD(total);
  deposit(250.5);
  accrue();
  PD(total);
  rate = 0.0;
  accrue();
  PD(total);
  counts[1] += 2.5f;
  counts[1] *= counts[1];
  ASSERT_D(6.25, counts[1]);
  return 0;
}

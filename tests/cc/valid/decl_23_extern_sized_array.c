#include "test.h"

extern int primes[8];
extern const char banner[];

int sum(void) {
  int s = 0;
  for (int i = 0; i < 8; i++)
    s += primes[i];
  return s;
}

int main(void) {
  ASSERT(32, sizeof primes);
  ASSERT(77, sum());
  ASSERT('g', banner[0]);
  return 0;
}

int primes[8] = {2, 3, 5, 7, 11, 13, 17, 19};
const char banner[] = "groundup";

#include "test.h"

#pragma GCC diagnostic ignored "-Wswitch-unreachable"

int main(void) {
  int x = 5, r = 0;
  switch (x) {
  case 1:
    r = 1;
  }
  ASSERT(0, r);
  switch (x)
  case 5:
    r = 5;
  ASSERT(5, r);
  switch (x) {
  }
  switch (x) {
    r = 99; /* unreachable: no label before it */
  default:
    r += 1;
  }
  ASSERT(6, r);
  return 0;
}

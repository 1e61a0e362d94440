#include "test.h"

int f(int a, int b) {
  switch (a) {
  case 0:
    switch (b) {
    case 0:
      return 0;
    case 1:
      break; /* leaves only the inner switch */
    default:
      return 2;
    }
    return 1;
  case 1:
    return 10 + b;
  }
  return -1;
}

int main(void) {
  ASSERT(0, f(0, 0));
  ASSERT(1, f(0, 1));
  ASSERT(2, f(0, 5));
  ASSERT(13, f(1, 3));
  ASSERT(-1, f(2, 0));
  return 0;
}

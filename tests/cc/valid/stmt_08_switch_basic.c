#include "test.h"

const char *name(int d) {
  switch (d) {
  case 0:
    return "zero";
  case 1:
    return "one";
  case 2:
    return "two";
  default:
    return "many";
  }
}

int main(void) {
  ASSERT('z', name(0)[0]);
  ASSERT('o', name(1)[0]);
  ASSERT('t', name(2)[0]);
  ASSERT('m', name(3)[0]);
  ASSERT('m', name(-1)[0]);
  return 0;
}

#include "test.h"

int next_id(void) {
  static int id = 100;
  return id++;
}

const char *greeting(void) {
  static char buf[] = "hello";
  buf[0] ^= 0x20; /* toggles case each call: state persists */
  return buf;
}

int main(void) {
  ASSERT(100, next_id());
  ASSERT(101, next_id());
  ASSERT('H', greeting()[0]);
  ASSERT('h', greeting()[0]);
  ASSERT('H', greeting()[0]);
  return 0;
}

#include "test.h"

int main(void) {
  ASSERT(7, "\a"[0]);
  ASSERT(8, "\b"[0]);
  ASSERT(9, "\t"[0]);
  ASSERT(10, "\n"[0]);
  ASSERT(11, "\v"[0]);
  ASSERT(12, "\f"[0]);
  ASSERT(13, "\r"[0]);
  ASSERT(27, "\x1b"[0]);
  ASSERT(34, "\""[0]);
  ASSERT(92, "\\"[0]);
  ASSERT(39, "'"[0]);
  ASSERT(39, "\'"[0]);
  ASSERT(0, "\0abc"[0]);
  ASSERT(5, sizeof("\0abc"));
  ASSERT(2, sizeof("\x41"));
  ASSERT(3, sizeof("\1011"));
  ASSERT('1', "\1011"[1]);
  return 0;
}

#include "test.h"

int main(void) {
  ASSERT(97, 'a');
  ASSERT(48, '0');
  ASSERT(32, ' ');
  ASSERT(39, '\'');
  ASSERT(34, '"');
  ASSERT(34, '\"');
  ASSERT(92, '\\');
  ASSERT(63, '\?');
  ASSERT(10, '\n');
  ASSERT(9, '\t');
  ASSERT(13, '\r');
  ASSERT(0, '\0');
  ASSERT(7, '\a');
  ASSERT(8, '\b');
  ASSERT(12, '\f');
  ASSERT(11, '\v');
  return 0;
}

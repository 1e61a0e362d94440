#include "test.h"

int on_char(char c) {
  switch (c) {
  case 'x': return 1;
  case '\n': return 2;
  case (char)200: return 3;
  }
  return 0;
}

int on_long(long v) {
  switch (v) {
  case 0x100000000L: return 1;
  case -1: return 2;
  case 5000000000L: return 3;
  }
  return 0;
}

int on_unsigned(unsigned u) {
  switch (u) {
  case 4294967295u: return 1;
  case 0: return 2;
  default: return 3;
  }
}

int main(void) {
  ASSERT(1, on_char('x'));
  ASSERT(2, on_char('\n'));
  ASSERT(3, on_char((char)200));
  ASSERT(0, on_char('y'));
  ASSERT(1, on_long(4294967296L));
  ASSERT(2, on_long(-1));
  ASSERT(3, on_long(5000000000L));
  ASSERT(0, on_long(1));
  ASSERT(1, on_unsigned(-1));
  ASSERT(2, on_unsigned(0));
  ASSERT(3, on_unsigned(7));
  return 0;
}

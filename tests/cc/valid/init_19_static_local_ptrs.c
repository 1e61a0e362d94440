#include "test.h"

int *get_counter(void) {
  static int c = 0;
  static int *pc = &c;
  return pc;
}

const char *get_name(int i) {
  static const char a[] = "first", b[] = "second";
  static const char *const names[] = {a, b};
  return names[i];
}

int main(void) {
  ++*get_counter();
  ++*get_counter();
  ASSERT(2, *get_counter());
  ASSERT('f', get_name(0)[0]);
  ASSERT('d', get_name(1)[5]);
  return 0;
}

#include "test.h"

int main(void) {
  int vals[] = {-9, -8, -7, -1, 0, 1, 7, 8, 9};
  int divq = 0, modq = 0;
  for (int i = 0; i < 9; i++) {
    divq = divq * 3 + vals[i] / 4;
    modq = modq * 3 + vals[i] % 4;
  }
  ASSERT(-2 * 6561 + -2 * 2187 + -1 * 729 + 0 + 0 + 0 + 1 * 9 + 2 * 3 + 2, divq);
  ASSERT(-1 * 6561 + 0 + -3 * 729 + -1 * 243 + 0 + 1 * 27 + 3 * 9 + 0 + 1, modq);
  unsigned u = 4294967295u;
  ASSERT(1073741823, u / 4);
  ASSERT(3, u % 4);
  return 0;
}

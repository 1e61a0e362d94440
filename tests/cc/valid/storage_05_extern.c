#include "test.h"

extern int later;
extern int get_later(void);

int main(void) {
  ASSERT(42, later);
  {
    extern int later2;
    ASSERT(9, later2);
  }
  later = 1;
  ASSERT(1, get_later());
  return 0;
}

int later = 42;
int later2 = 9;

int get_later(void) { return later; }

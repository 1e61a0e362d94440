#include "test.h"

#define GLUE(a, b) a##b
#define GLUE3(a, b, c) a##b##c
#define MEMBER(n) field_##n
#define HEX(d) 0x##d

struct s {
  int field_a, field_b;
};

int main(void) {
  struct s v = {1, 2};
  ASSERT(1, v.MEMBER(a));
  ASSERT(2, v.MEMBER(b));
  ASSERT(123, GLUE3(1, 2, 3));
  ASSERT(255, HEX(ff));
  ASSERT(1, 1 GLUE(<, =) 2);
  ASSERT(0, 2 GLUE(<, <) 1 GLUE(=, =) 3);
  int GLUE(x, 1) = 5, GLUE(x, 2) = 6;
  ASSERT(11, x1 + x2);
  ASSERT(8, sizeof(GLUE(1, UL)));
  return 0;
}

#include "test.h"

struct s {
  signed int one : 1;
  int three : 3;
  signed int eight : 8;
  int rest : 20;
};

int main(void) {
  struct s x = {0};
  x.one = -1;
  ASSERT(-1, x.one);
  x.three = 3;
  ASSERT(3, x.three);
  x.three = -4;
  ASSERT(-4, x.three);
  x.three = 4; /* out of range: gcc wraps to -4 */
  ASSERT(-4, x.three);
  x.eight = -128;
  ASSERT(-128, x.eight);
  x.eight = 200;
  ASSERT(-56, x.eight);
  x.rest = -524288;
  ASSERT(-524288, x.rest);
  ASSERT(-1, x.one);
  int sum = x.one + x.three + x.eight;
  ASSERT(-61, sum);
  return 0;
}

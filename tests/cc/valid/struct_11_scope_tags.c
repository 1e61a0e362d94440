#include "test.h"

struct s {
  int x;
};

int main(void) {
  struct s a = {1};
  {
    struct s {
      long y, z;
    };
    struct s b = {2, 3};
    ASSERT(16, sizeof b);
    ASSERT(5, b.y + b.z);
  }
  ASSERT(4, sizeof(struct s));
  ASSERT(1, a.x);
  return 0;
}

#include "test.h"

struct s {
  char c;
  long l;
  int arr[5];
  struct s *next;
};

int main(void) {
  ASSERT(1, sizeof(((struct s *)0)->c));
  ASSERT(20, sizeof(((struct s *)0)->arr));
  ASSERT(4, sizeof(((struct s *)0)->arr[0]));
  ASSERT(8, sizeof(((struct s *)0)->next));
  ASSERT(48, sizeof(*((struct s *)0)->next));
  struct s v;
  ASSERT(48, sizeof v);
  ASSERT(8, sizeof v.l);
  ASSERT(8, sizeof &v);
  ASSERT(5, sizeof v.arr / sizeof v.arr[0]);
  return 0;
}

#include "test.h"

struct nine { char c[9]; };
struct with_long { struct nine n; long l; };
struct with_short { struct nine n; short s; };
struct nested_arr { struct nine arr[3]; char tail; };

int main(void) {
  ASSERT(9, sizeof(struct nine));
  ASSERT(1, _Alignof(struct nine));
  ASSERT(24, sizeof(struct with_long));
  ASSERT(12, sizeof(struct with_short));
  ASSERT(28, sizeof(struct nested_arr));
  struct nested_arr x;
  ASSERT(18, (char *)&x.arr[2] - (char *)&x);
  ASSERT(27, &x.tail - (char *)&x);
  return 0;
}

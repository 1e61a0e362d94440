#include <stdbool.h>
#include "test.h"

struct flags {
  bool ready;
  bool done;
  int count;
};

int main(void) {
  struct flags f = {1, 0, 3};
  ASSERT(8, sizeof f);
  ASSERT(1, f.ready);
  f.done = f.count;
  ASSERT(1, f.done);
  bool arr[5] = {0};
  int *p = &f.count;
  arr[2] = p;
  arr[3] = (p == 0);
  ASSERT(1, arr[2]);
  ASSERT(0, arr[3]);
  ASSERT(1, arr[2] + arr[3] + arr[4]);
  return 0;
}

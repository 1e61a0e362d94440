#include "test.h"

int depth_tracker(int n) {
  static int max_depth, cur;
  cur++;
  if (cur > max_depth)
    max_depth = cur;
  if (n > 0)
    depth_tracker(n - 1);
  cur--;
  return max_depth;
}

int main(void) {
  ASSERT(5, depth_tracker(4));
  ASSERT(5, depth_tracker(2));
  ASSERT(8, depth_tracker(7));
  return 0;
}

#include "test.h"

int main(void) {
  int a[10], pre[11];
  for (int i = 0; i < 10; i++)
    a[i] = (i * 7) % 5 - 2;
  pre[0] = 0;
  for (int i = 0; i < 10; i++)
    pre[i + 1] = pre[i] + a[i];
  ASSERT(0, pre[10]);
  ASSERT(-2, pre[1]);
  ASSERT(pre[7] - pre[3], a[3] + a[4] + a[5] + a[6]);
  int best = a[0], cur = 0;
  for (int i = 0; i < 10; i++) {
    cur = cur + a[i] > a[i] ? cur + a[i] : a[i];
    if (cur > best)
      best = cur;
  }
  ASSERT(2, best);
  return 0;
}

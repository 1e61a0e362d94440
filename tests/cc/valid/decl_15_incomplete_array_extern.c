#include "test.h"

extern int data[];
int total(void);

int main(void) {
  ASSERT(15, total());
  ASSERT(3, data[2]);
  return 0;
}

int data[5] = {1, 2, 3, 4, 5};

int total(void) {
  int t = 0;
  for (int i = 0; i < 5; i++)
    t += data[i];
  return t;
}

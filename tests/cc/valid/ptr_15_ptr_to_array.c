#include "test.h"

int main(void) {
  int a[3] = {4, 5, 6};
  int (*pa)[3] = &a;
  ASSERT(5, (*pa)[1]);
  ASSERT(12, sizeof(*pa));
  ASSERT(8, sizeof(pa));
  int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
  int (*row)[3] = m;
  ASSERT(3, row[0][2]);
  row++;
  ASSERT(4, (*row)[0]);
  ASSERT(6, row[0][2]);
  ASSERT(12, (char *)row - (char *)m);
  return 0;
}

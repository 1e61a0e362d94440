#include "test.h"

int main(void) {
  int i = 0;
  long arr[5];
  ASSERT(4, sizeof i);
  ASSERT(4, sizeof(i));
  ASSERT(40, sizeof arr);
  ASSERT(8, sizeof arr[0]);
  ASSERT(5, sizeof arr / sizeof *arr);
  ASSERT(4, sizeof(int));
  ASSERT(8, sizeof(unsigned long));
  ASSERT(8, sizeof(long long));
  ASSERT(2, sizeof(unsigned short int));
  ASSERT(4, sizeof i++); /* not evaluated */
  ASSERT(0, i);
  ASSERT(8, sizeof(i + 1L));
  ASSERT(4, sizeof -i);
  ASSERT(1, sizeof(char) * 1);
  ASSERT(8, sizeof(sizeof(int)));
  return 0;
}

#include "test.h"

int x = 10;
int *px = &x;
int arr[5] = {1, 2, 3, 4, 5};
int *mid = &arr[2];
int *past = arr + 5;
char msg[] = "static";
char *pm = msg + 3;
const char *lit = "literal";
int **ppx = &px;

int main(void) {
  ASSERT(10, *px);
  ASSERT(3, *mid);
  ASSERT(5, past - arr);
  ASSERT('t', *pm);
  ASSERT('e', lit[3]);
  ASSERT(10, **ppx);
  static int *local = &arr[4];
  ASSERT(5, *local);
  return 0;
}

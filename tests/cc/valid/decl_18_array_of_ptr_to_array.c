#include "test.h"

int main(void) {
  int r0[3] = {1, 2, 3}, r1[3] = {4, 5, 6};
  int (*rows[2])[3] = {&r0, &r1};   /* array of pointers to arrays of int */
  ASSERT(16, sizeof rows);
  ASSERT(5, (*rows[1])[1]);
  ASSERT(3, rows[0][0][2]);
  int (*(*prows)[2])[3] = &rows;    /* pointer to that array */
  ASSERT(6, (*(*prows)[1])[2]);
  return 0;
}

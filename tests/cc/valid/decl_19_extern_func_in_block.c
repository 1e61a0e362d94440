#include "test.h"

int main(void) {
  int helper(int);          /* block-scope function declaration */
  extern int counter;
  ASSERT(11, helper(10));
  counter += 5;
  ASSERT(5, counter);
  return 0;
}

int counter;

int helper(int x) { return x + 1; }

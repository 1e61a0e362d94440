#include "test.h"
#
/* a null directive above; comments anywhere below */
#define A /* comment */ 10 // line comment
#define B 20 /* multi
              line comment */
# /**/ define C 30
  #  define D 40

int main(void) {
  ASSERT(10, A);
  ASSERT(20, B);
  ASSERT(30, C);
  ASSERT(40, D);
  int x = 1 /* inline */ + /**/ 2; // trailing
  ASSERT(3, x);
  ASSERT(2, sizeof("//") - 1);
  ASSERT(4, sizeof("/**/") - 0 - 1);
  return 0;
}

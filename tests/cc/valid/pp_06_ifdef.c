#include "test.h"

#define HAVE_A
#define HAVE_B 0

int main(void) {
  int r = 0;
#ifdef HAVE_A
  r += 1;
#endif
#ifdef HAVE_B
  r += 10; /* defined, even though its value is 0 */
#endif
#ifndef HAVE_C
  r += 100;
#endif
#if defined(HAVE_A) && defined HAVE_B && !defined(HAVE_C)
  r += 1000;
#endif
#undef HAVE_A
#ifdef HAVE_A
  r = -1;
#endif
  ASSERT(1111, r);
  return 0;
}

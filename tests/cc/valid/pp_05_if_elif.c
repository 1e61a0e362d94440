#include "test.h"

#define LEVEL 3

#if LEVEL > 5
#define NAME 'h'
#elif LEVEL > 2
#define NAME 'm'
#else
#define NAME 'l'
#endif

#if 0
this is not C at all, and is skipped @ $ ` ..
#endif

#if (LEVEL * 2 + 1) % 7 == 0 && !(LEVEL < 0)
#define SEVEN 1
#else
#define SEVEN 0
#endif

#if LEVEL == 3 ? 1 : 0
#define TERNARY 1
#endif

int main(void) {
  ASSERT('m', NAME);
  ASSERT(1, SEVEN);
  ASSERT(1, TERNARY);
#if UNDEFINED_MACRO == 0
  ASSERT(1, 1); /* unknown identifiers are 0 in #if */
#else
  ASSERT(1, 0);
#endif
  return 0;
}

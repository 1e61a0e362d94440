#include "test.h"

int main(void) {
  const char s[] = "\0012"; /* \001 then '2' */
  ASSERT(3, sizeof s);
  ASSERT(1, s[0]);
  ASSERT('2', s[1]);
  const char t[] = "\x0g";  /* \x0 then 'g' */
  ASSERT(3, sizeof t);
  ASSERT('g', t[1]);
  const char u[] = "\18";   /* \1 then '8' (8 is not octal) */
  ASSERT(3, sizeof u);
  ASSERT('8', u[1]);
  ASSERT(0, "\000"[0]);
  ASSERT(2, sizeof "\000");
  return 0;
}

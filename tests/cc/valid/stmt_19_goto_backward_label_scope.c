#include "test.h"

int f(int n) {
  int acc = 0;
  if (n <= 0)
    goto end;
top:
  acc += n;
  if (--n > 0)
    goto top;
end:
  return acc;
}

/* labels live in their own name space */
int label_namespace(void) {
  int x = 0;
x:
  x++;
  if (x < 3)
    goto x;
  return x;
}

int main(void) {
  ASSERT(15, f(5));
  ASSERT(0, f(-1));
  ASSERT(3, label_namespace());
  return 0;
}

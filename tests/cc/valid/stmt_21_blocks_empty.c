#include "test.h"

int main(void) {
  int x = 1;
  {}
  ;
  ;;
  {
    {
      x++;
    }
  }
  {
    int y = x;
    {
      int z = y + 1;
      x = z;
    }
  }
  ASSERT(3, x);
  if (x)
    ;
  else
    x = 0;
  ASSERT(3, x);
  return 0;
}

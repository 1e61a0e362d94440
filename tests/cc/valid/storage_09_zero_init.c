#include "test.h"

int gi;
long gl;
char gc[16];
int *gp;
struct {
  int a;
  char b[3];
  long *c;
} gs;

int main(void) {
  static int si;
  static char sbuf[8];
  ASSERT(0, gi);
  ASSERT(0, gl);
  ASSERT(0, gc[15]);
  ASSERT(1, gp == 0);
  ASSERT(0, gs.a + gs.b[2]);
  ASSERT(1, gs.c == 0);
  ASSERT(0, si);
  ASSERT(0, sbuf[7]);
  return 0;
}

#include "test.h"

char g1[] = "";
char g2[5] = "hi";
char g3[][6] = {"a", "bb", "cccc"};
const char *g4 = "pointer";

int main(void) {
  ASSERT(1, sizeof g1);
  ASSERT(5, sizeof g2);
  ASSERT(0, g2[4]);
  ASSERT(18, sizeof g3);
  ASSERT('c', g3[2][3]);
  ASSERT(0, g3[0][1]);
  ASSERT(8, sizeof g4);
  char l[] = {'n', 'o', 'n', 'u', 'l'};
  ASSERT(5, sizeof l);
  return 0;
}

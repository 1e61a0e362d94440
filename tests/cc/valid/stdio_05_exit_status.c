// exit: 7
#include <stdio.h>
#include <stdlib.h>

static int check(int v) {
  if (v > 5) {
    printf("value %d too big, exiting\n", v);
    exit(7);
  }
  return v * 2;
}

int main(void) {
  int sum = 0;
  for (int i = 0; i < 10; i++)
    sum += check(i);
  printf("unreachable %d\n", sum);
  return 0;
}

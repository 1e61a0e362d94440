// exit: 3
#include <stdlib.h>
int printf(const char *, ...);

void die(int code) {
  printf("dying with %d\n", code);
  exit(code);
}

int main(void) {
  die(3);
  printf("not reached\n");
  return 0;
}

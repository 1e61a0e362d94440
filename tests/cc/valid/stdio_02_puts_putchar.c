#include <stdio.h>

int main(void) {
  puts("line one");
  puts("");
  puts("after an empty line");
  for (char c = 'a'; c <= 'e'; c++)
    putchar(c);
  putchar('\n');
  int n = printf("%s", "counted\n");
  printf("printf returned %d\n", n);
  return 0;
}

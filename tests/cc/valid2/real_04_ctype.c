#include <ctype.h>
#include <stdio.h>

int main(void) {
  const char *s = "Hello, World! 123 tab\there_x9";
  int alpha = 0, digit = 0, space = 0, punct = 0, upper = 0;
  for (const char *p = s; *p; p++) {
    unsigned char c = (unsigned char)*p;
    alpha += isalpha(c) != 0;
    digit += isdigit(c) != 0;
    space += isspace(c) != 0;
    punct += ispunct(c) != 0;
    upper += isupper(c) != 0;
  }
  printf("%d %d %d %d %d\n", alpha, digit, space, punct, upper);
  for (const char *p = s; *p; p++)
    putchar(islower((unsigned char)*p) ? toupper((unsigned char)*p) : tolower((unsigned char)*p));
  putchar('\n');
  printf("%d %d %d %d\n", isxdigit('f') != 0, isxdigit('g') != 0, isalnum('_') != 0,
         isprint('\n') != 0);
  printf("%d %d\n", iscntrl(127) != 0, isgraph(' ') != 0);
  return 0;
}

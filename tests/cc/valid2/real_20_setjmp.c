#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth;

static double parse_digit(char c) {
  if (c < '0' || c > '9')
    longjmp(env, c);
  return c - '0';
}

static double parse(const char *s) {
  double v = 0;
  depth++;
  for (; *s; s++)
    v = v * 10 + parse_digit(*s);
  return v;
}

int main(void) {
  const char *inputs[] = {"12345", "12x45", "987", "", "9!"};
  for (int i = 0; i < 5; i++) {
    volatile int attempt = i;
    int code = setjmp(env);
    if (code == 0)
      printf("%s -> %g\n", inputs[attempt], parse(inputs[attempt]));
    else
      printf("%s -> error at '%c'\n", inputs[attempt], code);
  }
  printf("depth %d\n", depth);
  return 0;
}

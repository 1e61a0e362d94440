#include <stdio.h>

union value {
  long i;
  double d;
  float f;
  char s[8];
};

struct tagged {
  char kind;
  union value v;
};

static void show(struct tagged t) {
  switch (t.kind) {
  case 'i':
    printf("int %ld\n", t.v.i);
    break;
  case 'd':
    printf("double %.17g\n", t.v.d);
    break;
  case 'f':
    printf("float %.9g\n", t.v.f);
    break;
  default:
    printf("string %s\n", t.v.s);
  }
}

int main(void) {
  struct tagged vals[] = {
      {'i', {.i = -42}},
      {'d', {.d = 2.5e-3}},
      {'f', {.f = 1.0f / 3}},
      {'s', {.s = "seven"}},
      {.v.d = 1e100, .kind = 'd'},
  };
  for (unsigned k = 0; k < sizeof vals / sizeof vals[0]; k++)
    show(vals[k]);
  union value first = {42}; /* initializes the first member */
  printf("%ld\n", first.i);
  return 0;
}

int printf(const char *, ...);

enum kind { K_INT, K_STR, K_PAIR };

struct value {
  enum kind kind;
  union {
    long i;
    const char *s;
    struct {
      int a, b;
    } pair;
  } as;
};

void show(const struct value *v) {
  switch (v->kind) {
  case K_INT:
    printf("int %ld\n", v->as.i);
    break;
  case K_STR:
    printf("str %s\n", v->as.s);
    break;
  case K_PAIR:
    printf("pair (%d, %d)\n", v->as.pair.a, v->as.pair.b);
    break;
  }
}

int main(void) {
  struct value vs[3];
  vs[0].kind = K_INT;
  vs[0].as.i = -42;
  vs[1].kind = K_STR;
  vs[1].as.s = "hi";
  vs[2].kind = K_PAIR;
  vs[2].as.pair.a = 1;
  vs[2].as.pair.b = 2;
  for (int i = 0; i < 3; i++)
    show(&vs[i]);
  printf("%lu\n", (unsigned long)sizeof(struct value));
  return 0;
}

int printf(const char *, ...);

enum op { ADD, SUB, MUL, DIV, NOPS };

static const char *names[NOPS] = {"add", "sub", "mul", "div"};

long apply(enum op o, long a, long b) {
  switch (o) {
  case ADD: return a + b;
  case SUB: return a - b;
  case MUL: return a * b;
  case DIV: return b ? a / b : 0;
  default: return -1;
  }
}

int main(void) {
  for (enum op o = ADD; o < NOPS; o++)
    printf("%s(12, 5) = %ld\n", names[o], apply(o, 12, 5));
  printf("%ld\n", apply(NOPS, 1, 1));
  return 0;
}

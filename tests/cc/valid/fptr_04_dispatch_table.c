int printf(const char *, ...);

static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
static long op_max(long a, long b) { return a > b ? a : b; }

struct entry {
  char sym;
  long (*fn)(long, long);
};

static const struct entry ops[] = {
  {'+', op_add}, {'-', op_sub}, {'*', op_mul}, {'^', op_max},
};

long eval(char sym, long a, long b) {
  for (unsigned long i = 0; i < sizeof ops / sizeof ops[0]; i++)
    if (ops[i].sym == sym)
      return ops[i].fn(a, b);
  return 0;
}

int main(void) {
  const char *syms = "+-*^?";
  for (const char *s = syms; *s; s++)
    printf("7 %c 3 = %ld\n", *s, eval(*s, 7, 3));
  return 0;
}

int printf(const char *, ...);

/* recursive descent: expr = term (("+"|"-") term)*, term = unary (("*"|"/"|"%") unary)*,
   unary = "-" unary | primary, primary = num | "(" expr ")" */
static const char *p;

static long expr(void);

static void skip(void) {
  while (*p == ' ')
    p++;
}

static long primary(void) {
  skip();
  if (*p == '(') {
    p++;
    long v = expr();
    skip();
    p++; /* ')' */
    return v;
  }
  long v = 0;
  while (*p >= '0' && *p <= '9')
    v = v * 10 + (*p++ - '0');
  return v;
}

static long unary(void) {
  skip();
  if (*p == '-') {
    p++;
    return -unary();
  }
  return primary();
}

static long term(void) {
  long v = unary();
  for (;;) {
    skip();
    char op = *p;
    if (op != '*' && op != '/' && op != '%')
      return v;
    p++;
    long r = unary();
    v = op == '*' ? v * r : op == '/' ? v / r : v % r;
  }
}

static long expr(void) {
  long v = term();
  for (;;) {
    skip();
    if (*p == '+') {
      p++;
      v += term();
    } else if (*p == '-') {
      p++;
      v -= term();
    } else {
      return v;
    }
  }
}

long eval(const char *s) {
  p = s;
  return expr();
}

int main(void) {
  const char *tests[] = {
    "1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 4", "-(3 - 10) * -2", "2 * (3 + (4 - 1) * 5) - 6",
    "1000000 * 1000000", "7 - 2 - 1", "--5",
  };
  for (int i = 0; i < 8; i++)
    printf("%s = %ld\n", tests[i], eval(tests[i]));
  return 0;
}

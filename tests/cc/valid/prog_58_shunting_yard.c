int printf(const char *, ...);

int prec(char op) { return op == '+' || op == '-' ? 1 : op == '*' || op == '/' ? 2 : 0; }

void to_postfix(const char *in, char *out) {
  char ops[32];
  int n = 0;
  for (; *in; in++) {
    char c = *in;
    if (c >= '0' && c <= '9') {
      *out++ = c;
    } else if (c == '(') {
      ops[n++] = c;
    } else if (c == ')') {
      while (n && ops[n - 1] != '(')
        *out++ = ops[--n];
      n--;
    } else if (prec(c)) {
      while (n && prec(ops[n - 1]) >= prec(c))
        *out++ = ops[--n];
      ops[n++] = c;
    }
  }
  while (n)
    *out++ = ops[--n];
  *out = 0;
}

long eval_postfix(const char *s) {
  long st[32];
  int n = 0;
  for (; *s; s++) {
    if (*s >= '0' && *s <= '9') {
      st[n++] = *s - '0';
    } else {
      long b = st[--n], a = st[--n];
      st[n++] = *s == '+' ? a + b : *s == '-' ? a - b : *s == '*' ? a * b : a / b;
    }
  }
  return st[0];
}

int main(void) {
  const char *exprs[] = {"1+2*3", "(1+2)*3", "8/(3-1)/2", "9-4-3", "2*(3+4)*(5-1)"};
  char buf[64];
  for (int i = 0; i < 5; i++) {
    to_postfix(exprs[i], buf);
    printf("%s => %s => %ld\n", exprs[i], buf, eval_postfix(buf));
  }
  return 0;
}

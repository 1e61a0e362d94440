int printf(const char *, ...);

/* a tiny line-oriented interpreter: "set x 5", "add x y", "mul x 3", "print x",
   "jnz x label", "label name", "dec x" over single-letter variables */
static long vars[26];

static const char *prog[] = {
  "set n 6",
  "set f 1",
  "label loop",
  "mul f n",
  "dec n",
  "jnz n loop",
  "print f",
  "set a 0",
  "set b 1",
  "set k 20",
  "label fib",
  "set t 0",
  "add t a",
  "add t b",
  "set a 0",
  "add a b",
  "set b 0",
  "add b t",
  "dec k",
  "jnz k fib",
  "print a",
  0,
};

static int streq(const char *a, const char *b) {
  while (*a && *a == *b) {
    a++;
    b++;
  }
  return *a == *b;
}

static int starts(const char *s, const char *w) {
  while (*w)
    if (*s++ != *w++)
      return 0;
  return *s == ' ';
}

static long operand(const char *s) {
  if (*s >= 'a' && *s <= 'z')
    return vars[*s - 'a'];
  long v = 0;
  while (*s >= '0' && *s <= '9')
    v = v * 10 + *s++ - '0';
  return v;
}

static int find_label(const char *name) {
  for (int i = 0; prog[i]; i++)
    if (starts(prog[i], "label") && streq(prog[i] + 6, name))
      return i;
  return -1;
}

int main(void) {
  int steps = 0;
  for (int pc = 0; prog[pc]; pc++, steps++) {
    const char *line = prog[pc];
    const char *arg = line;
    while (*arg != ' ')
      arg++;
    arg++;
    long *var = &vars[*arg - 'a'];
    const char *arg2 = arg + 2;
    if (starts(line, "set"))
      *var = operand(arg2);
    else if (starts(line, "add"))
      *var += operand(arg2);
    else if (starts(line, "mul"))
      *var *= operand(arg2);
    else if (starts(line, "dec"))
      --*var;
    else if (starts(line, "print"))
      printf("%c = %ld\n", *arg, *var);
    else if (starts(line, "jnz") && *var)
      pc = find_label(arg2);
  }
  printf("%d steps\n", steps);
  return 0;
}

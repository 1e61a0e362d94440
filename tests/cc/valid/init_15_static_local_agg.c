int printf(const char *, ...);

struct rule {
  int from, to;
  const char *label;
};

const struct rule *rules(int *n) {
  static const struct rule r[] = {
    {0, 1, "start"},
    {1, 2, "middle"},
    {2, 0, "wrap"},
  };
  *n = sizeof r / sizeof r[0];
  return r;
}

int main(void) {
  int n;
  const struct rule *r = rules(&n);
  int state = 0;
  for (int step = 0; step < 5; step++)
    for (int i = 0; i < n; i++)
      if (r[i].from == state) {
        printf("%d -> %d (%s)\n", r[i].from, r[i].to, r[i].label);
        state = r[i].to;
        break;
      }
  return 0;
}

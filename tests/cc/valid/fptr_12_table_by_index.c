int printf(const char *, ...);

static int f0(int x) { return x; }
static int f1(int x) { return x * x; }
static int f2(int x) { return x * x * x; }

static int (*const powers[3])(int) = {f0, f1, f2};

int main(void) {
  for (int p = 0; p < 3; p++) {
    for (int x = -2; x <= 3; x++)
      printf("%5d", powers[p](x));
    printf("\n");
  }
  return 0;
}

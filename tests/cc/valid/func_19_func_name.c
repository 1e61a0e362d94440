int printf(const char *, ...);

void whoami(void) { printf("%s\n", __func__); }

int depth(int n) {
  if (n == 0) {
    printf("%s bottom (%d chars)\n", __func__, (int)sizeof __func__ - 1);
    return 0;
  }
  return 1 + depth(n - 1);
}

int main(void) {
  whoami();
  printf("%d\n", depth(2));
  printf("%s\n", __func__);
  return 0;
}

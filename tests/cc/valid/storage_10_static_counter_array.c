int printf(const char *, ...);

const char *ordinal(int n) {
  static const char *suffix[] = {"th", "st", "nd", "rd"};
  int m = n % 100;
  if (m >= 11 && m <= 13)
    return suffix[0];
  return n % 10 <= 3 ? suffix[n % 10] : suffix[0];
}

int main(void) {
  int ns[] = {1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 1000};
  for (int i = 0; i < 12; i++)
    printf("%d%s ", ns[i], ordinal(ns[i]));
  printf("\n");
  return 0;
}

int printf(const char *, ...);

int gcd(int a, int b) { return b ? gcd(b, a % b) : a; }

int main(void) {
  printf("   ");
  for (int j = 1; j <= 12; j++)
    printf("%3d", j);
  printf("\n");
  for (int i = 1; i <= 12; i++) {
    printf("%3d", i);
    for (int j = 1; j <= 12; j++)
      printf("%3d", gcd(i, j));
    printf("\n");
  }
  int coprime = 0;
  for (int i = 1; i <= 30; i++)
    for (int j = 1; j <= 30; j++)
      coprime += gcd(i, j) == 1;
  printf("coprime pairs up to 30: %d\n", coprime);
  return 0;
}

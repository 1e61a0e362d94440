int printf(const char *, ...);

/* little-endian base-10000 digits */
static int digits[200];
static int ndigits = 1;

void multiply(int k) {
  int carry = 0;
  for (int i = 0; i < ndigits; i++) {
    int v = digits[i] * k + carry;
    digits[i] = v % 10000;
    carry = v / 10000;
  }
  while (carry) {
    digits[ndigits++] = carry % 10000;
    carry /= 10000;
  }
}

void show(void) {
  printf("%d", digits[ndigits - 1]);
  for (int i = ndigits - 2; i >= 0; i--)
    printf("%04d", digits[i]);
  printf("\n");
}

int main(void) {
  digits[0] = 1;
  for (int k = 2; k <= 50; k++) {
    multiply(k);
    if (k == 10 || k == 25 || k == 50) {
      printf("%d! = ", k);
      show();
    }
  }
  return 0;
}

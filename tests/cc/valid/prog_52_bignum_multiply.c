#include <string.h>
int printf(const char *, ...);

/* schoolbook multiplication of decimal strings */
void multiply(const char *a, const char *b, char *out) {
  int la = strlen(a), lb = strlen(b);
  int digits[80] = {0};
  for (int i = la - 1; i >= 0; i--)
    for (int j = lb - 1; j >= 0; j--) {
      int p = (a[i] - '0') * (b[j] - '0') + digits[i + j + 1];
      digits[i + j + 1] = p % 10;
      digits[i + j] += p / 10;
    }
  int k = 0;
  while (k < la + lb - 1 && digits[k] == 0)
    k++;
  char *o = out;
  for (; k < la + lb; k++)
    *o++ = '0' + digits[k];
  *o = 0;
}

int main(void) {
  char out[80];
  const char *pairs[][2] = {
    {"0", "12345"},
    {"99", "99"},
    {"123456789", "987654321"},
    {"18446744073709551615", "18446744073709551615"},
    {"31415926535897932384626", "27182818284590452353602"},
  };
  for (int i = 0; i < 5; i++) {
    multiply(pairs[i][0], pairs[i][1], out);
    printf("%s * %s = %s\n", pairs[i][0], pairs[i][1], out);
  }
  return 0;
}

#include <string.h>
int printf(const char *, ...);

#define LEN 40

/* decimal digits, least significant first */
void add(const char *a, const char *b, char *out) {
  int carry = 0;
  for (int i = 0; i < LEN; i++) {
    int v = a[i] + b[i] + carry;
    out[i] = v % 10;
    carry = v / 10;
  }
}

void show(int n, const char *d) {
  int i = LEN - 1;
  while (i > 0 && d[i] == 0)
    i--;
  printf("fib(%d) = ", n);
  for (; i >= 0; i--)
    printf("%c", '0' + d[i]);
  printf("\n");
}

int main(void) {
  char a[LEN] = {0}, b[LEN] = {1}, c[LEN];
  for (int n = 1; n <= 150; n++) {
    if (n % 30 == 0)
      show(n, b);
    add(a, b, c);
    memcpy(a, b, LEN);
    memcpy(b, c, LEN);
  }
  return 0;
}

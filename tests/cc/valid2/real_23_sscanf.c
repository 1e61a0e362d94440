#include <stdio.h>

int main(void) {
  int a, b, n;
  double d;
  float f;
  char word[16], rest[32];
  int got = sscanf("  42 -7 3.5e2 0.25 hello world!", "%d %d %lf %f %15s %n", &a, &b, &d, &f,
                   word, &n);
  printf("%d: %d %d %.17g %.9g %s %d\n", got, a, b, d, f, word, n);
  got = sscanf("key=value;other", "%15[^=]=%31[^;]", word, rest);
  printf("%d: [%s] [%s]\n", got, word, rest);
  unsigned x;
  long long ll;
  got = sscanf("ff 0x10 -9223372036854775808", "%x %i %lld", &x, &a, &ll);
  printf("%d: %u %d %lld\n", got, x, a, ll);
  got = sscanf("1.5,2.5,abc", "%lf,%lf,%lf", &d, &d, &d);
  printf("%d: %g\n", got, d);
  got = sscanf("", "%d", &a);
  printf("%d\n", got);
  got = sscanf("inf nan -0x1p-3", "%lf %f %lf", &d, &f, &d);
  printf("%d: %g %d\n", got, d, f != f);
  char c1, c2;
  got = sscanf("a b", "%c %c", &c1, &c2);
  printf("%d: %c%c\n", got, c1, c2);
  return 0;
}

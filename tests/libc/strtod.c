/* strtod and atof: correctly rounded conversions, hard cases (halfway points,
 * subnormals, overflow), hexadecimal input, end pointers and errno. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
static const char *in[] = {"0", "1", "-1.5", "0.1", "3.141592653589793238462643383279", "1e23", "8.5e-324",
  "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324", "1e-400", "1e400",
  "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "2.2250738585072011e-308",
  "2.2250738585072014e-308", "0x1.8p3", "0x.1p-2", "-0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0",
  "inf", "-Infinity", "nan", "nan(123)", "  +12abc", ".5", "5.", ".", "e5", "1e", "1e+", "0x", "0xg", "9007199254740993",
  "9007199254740992.5", "123456789012345678901234567890e-20", "0.000000000000000000000000000000001e33",
  "1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124",
  "1.00000000000000011102230246251565404236316680908203126", "7.2057594037927933e16", "100000000000000016777215", "-0", "1e-320"};
int main(void) {
  for (unsigned i = 0; i < sizeof in / sizeof *in; i++) {
    char *end; errno = 0;
    double v = strtod(in[i], &end);
    printf("%-40s %a %.17g end+%d errno %d\n", in[i], v, v, (int)(end - in[i]), errno);
  }
  printf("%f %d\n", atof("2.5"), (int)(strtof("0.1", 0) * 1e9f));
  /* random numbers: up to 25 digits, exponents across the whole range */
  unsigned long x = 88172645463325252UL;
  for (int i = 0; i < 600; i++) {
    char buf[64];
    int k = 0;
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    int ndig = 1 + (int)(x % 25);
    for (int j = 0; j < ndig; j++) {
      x ^= x << 13; x ^= x >> 7; x ^= x << 17;
      buf[k++] = (char)('0' + x % 10);
      if (j == 0) buf[k++] = '.';
    }
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    k += sprintf(buf + k, "e%d", (int)(x % 660) - 330);
    buf[k] = 0;
    printf("%s %a\n", buf, strtod(buf, 0));
  }
  return 0;
}

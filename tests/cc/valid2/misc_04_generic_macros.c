#include <stdio.h>

static int abs_i(int x) { return x < 0 ? -x : x; }
static long abs_l(long x) { return x < 0 ? -x : x; }
static float abs_f(float x) { return x < 0 ? -x : x; }
static double abs_d(double x) { return x < 0 ? -x : x; }

#define ABS(x) _Generic((x), int: abs_i, long: abs_l, float: abs_f, double: abs_d)(x)

static void print_i(int x) { printf("int %d\n", x); }
static void print_d(double x) { printf("double %.17g\n", x); }
static void print_f(float x) { printf("float %.9g\n", x); }
static void print_s(const char *x) { printf("string %s\n", x); }

#define PRINT(x)                                                                          \
  _Generic((x), int: print_i, double: print_d, float: print_f, char *: print_s,          \
           const char *: print_s)(x)

#define MAX(a, b) ((a) > (b) ? (a) : (b))

int main(void) {
  PRINT(ABS(-5));
  PRINT(ABS(-2.5));
  PRINT(ABS(-0.1f));
  printf("%ld\n", ABS(-5000000000L));
  PRINT(MAX(3, 7));
  PRINT(MAX(3, 7.5));
  PRINT(MAX(0.5f, 0.25f));
  PRINT("hello");
  PRINT(1 / 3.0);
  return 0;
}

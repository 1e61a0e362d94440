#include <stdio.h>

#define TYPE_NAME(x)                                                                      \
  _Generic((x), _Bool: "_Bool", char: "char", signed char: "signed char",                \
           unsigned char: "unsigned char", short: "short", unsigned short: "unsigned short", \
           int: "int", unsigned: "unsigned", long: "long", unsigned long: "unsigned long", \
           long long: "long long", unsigned long long: "unsigned long long",              \
           float: "float", double: "double", long double: "long double",                  \
           char *: "char *", const char *: "const char *", int *: "int *",                \
           double *: "double *", void *: "void *", default: "other")

int main(void) {
  char c = 0;
  short s = 0;
  float f = 0;
  double d = 0;
  int arr[2];
  const char *cs = "x";
  puts(TYPE_NAME(c));
  puts(TYPE_NAME(c + c));
  puts(TYPE_NAME(s));
  puts(TYPE_NAME(1));
  puts(TYPE_NAME(1u));
  puts(TYPE_NAME(1L));
  puts(TYPE_NAME(1ULL));
  puts(TYPE_NAME(1.0f));
  puts(TYPE_NAME(1.0));
  puts(TYPE_NAME(1.0L));
  puts(TYPE_NAME(f * 2));
  puts(TYPE_NAME(f * 2.0));
  puts(TYPE_NAME(d + 1.0L));
  puts(TYPE_NAME(arr));
  puts(TYPE_NAME(&d));
  puts(TYPE_NAME(cs));
  puts(TYPE_NAME("lit"));
  puts(TYPE_NAME((void *)0));
  puts(TYPE_NAME((_Bool)1));
  puts(TYPE_NAME(&arr));
  puts(TYPE_NAME('a'));
  return 0;
}

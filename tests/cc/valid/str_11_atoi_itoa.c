int printf(const char *, ...);

long my_atol(const char *s) {
  long sign = 1, v = 0;
  while (*s == ' ')
    s++;
  if (*s == '-' || *s == '+')
    sign = *s++ == '-' ? -1 : 1;
  while (*s >= '0' && *s <= '9')
    v = v * 10 + (*s++ - '0');
  return sign * v;
}

char *my_ltoa(long v, char *buf) {
  char tmp[24];
  int n = 0;
  unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
  do {
    tmp[n++] = '0' + u % 10;
    u /= 10;
  } while (u);
  char *p = buf;
  if (v < 0)
    *p++ = '-';
  while (n)
    *p++ = tmp[--n];
  *p = 0;
  return buf;
}

int main(void) {
  char buf[32];
  printf("%ld %ld %ld %ld\n", my_atol("42"), my_atol("  -17x"), my_atol("+9"), my_atol(""));
  printf("%s %s %s\n", my_ltoa(0, buf), my_ltoa(-123456, buf + 8), my_ltoa(7, buf + 20));
  printf("%s\n", my_ltoa(-9223372036854775807L - 1, buf));
  return 0;
}

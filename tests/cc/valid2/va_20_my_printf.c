#include <stdarg.h>
#include <stdio.h>

static void put_unsigned(unsigned long v, int base) {
  char buf[32];
  int n = 0;
  do {
    buf[n++] = "0123456789abcdef"[v % base];
    v /= base;
  } while (v);
  while (n)
    putchar(buf[--n]);
}

static void put_fixed(double d, int prec) {
  if (d < 0) {
    putchar('-');
    d = -d;
  }
  double scale = 1;
  for (int i = 0; i < prec; i++)
    scale *= 10;
  unsigned long all = (unsigned long)(d * scale + 0.5);
  put_unsigned(all / (unsigned long)scale, 10);
  if (prec) {
    putchar('.');
    unsigned long frac = all % (unsigned long)scale;
    for (unsigned long s = (unsigned long)scale / 10; s; s /= 10) {
      putchar('0' + (int)(frac / s));
      frac %= s;
    }
  }
}

/* %d %u %x %ld %s %c %f (3 decimals) %% */
static void my_printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') {
      putchar(*p);
      continue;
    }
    int is_long = 0;
    if (*++p == 'l') {
      is_long = 1;
      p++;
    }
    switch (*p) {
    case 'd': {
      long v = is_long ? va_arg(ap, long) : va_arg(ap, int);
      if (v < 0) {
        putchar('-');
        put_unsigned(-(unsigned long)v, 10);
      } else {
        put_unsigned(v, 10);
      }
      break;
    }
    case 'u':
      put_unsigned(is_long ? va_arg(ap, unsigned long) : va_arg(ap, unsigned), 10);
      break;
    case 'x':
      put_unsigned(is_long ? va_arg(ap, unsigned long) : va_arg(ap, unsigned), 16);
      break;
    case 's':
      fputs(va_arg(ap, const char *), stdout);
      break;
    case 'c':
      putchar(va_arg(ap, int));
      break;
    case 'f':
      put_fixed(va_arg(ap, double), 3);
      break;
    case '%':
      putchar('%');
      break;
    }
  }
  va_end(ap);
}

int main(void) {
  my_printf("int %d, neg %d, unsigned %u, hex %x\n", 42, -17, 4000000000u, 0xbeefu);
  my_printf("long %ld, hex %lx, min %ld\n", 1234567890123L, 0xdeadbeefcafeUL,
            -9223372036854775807L - 1);
  my_printf("%s has %c%c and %f%%, %f, %f\n", "text", 'o', 'k', 99.5, -0.0004, 2.0 / 3);
  my_printf("%d %f %d %f %d %f %d %f %d %f\n", 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5);
  return 0;
}

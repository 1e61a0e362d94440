int printf(const char *, ...);

void map(void *base, unsigned long n, unsigned long size, void (*fn)(void *)) {
  char *p = base;
  for (unsigned long i = 0; i < n; i++)
    fn(p + i * size);
}

void inc_int(void *p) { ++*(int *)p; }
void upper(void *p) {
  char *c = p;
  if (*c >= 'a' && *c <= 'z')
    *c -= 32;
}
void halve_long(void *p) { *(long *)p /= 2; }

int main(void) {
  int a[] = {1, 2, 3};
  char s[] = "hello, world";
  long l[] = {10, 100, 1000};
  map(a, 3, sizeof(int), inc_int);
  map(s, sizeof s - 1, 1, upper);
  map(l, 3, sizeof l[0], halve_long);
  printf("%d %d %d %s %ld %ld %ld\n", a[0], a[1], a[2], s, l[0], l[1], l[2]);
  return 0;
}

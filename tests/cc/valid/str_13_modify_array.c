int printf(const char *, ...);

void upcase(char *s) {
  for (; *s; s++)
    if (*s >= 'a' && *s <= 'z')
      *s -= 'a' - 'A';
}

void squeeze(char *s, char c) {
  char *d = s;
  for (; *s; s++)
    if (*s != c)
      *d++ = *s;
  *d = 0;
}

int main(void) {
  char a[] = "mixed Case text";
  upcase(a);
  printf("%s\n", a);
  char b[] = "b a n a n a";
  squeeze(b, ' ');
  printf("%s\n", b);
  squeeze(b, 'a');
  printf("%s\n", b);
  return 0;
}

int printf(const char *, ...);

void reverse(char *s) {
  char *e = s;
  while (*e)
    e++;
  while (s < --e) {
    char t = *s;
    *s++ = *e;
    *e = t;
  }
}

int main(void) {
  char a[] = "";
  char b[] = "x";
  char c[] = "ab";
  char d[] = "racecar";
  char e[] = "Hello, groundup";
  reverse(a);
  reverse(b);
  reverse(c);
  reverse(d);
  reverse(e);
  printf("[%s] [%s] [%s] [%s] [%s]\n", a, b, c, d, e);
  return 0;
}

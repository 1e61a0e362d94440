int printf(const char *, ...);

char *my_strcpy(char *d, const char *s) {
  char *r = d;
  while ((*d++ = *s++))
    ;
  return r;
}

char *my_strcat(char *d, const char *s) {
  char *p = d;
  while (*p)
    p++;
  my_strcpy(p, s);
  return d;
}

char *my_strncpy(char *d, const char *s, unsigned long n) {
  unsigned long i = 0;
  for (; i < n && s[i]; i++)
    d[i] = s[i];
  for (; i < n; i++)
    d[i] = 0;
  return d;
}

int main(void) {
  char buf[64];
  my_strcpy(buf, "ground");
  my_strcat(buf, "up");
  printf("%s\n", buf);
  my_strcat(my_strcat(buf, ", "), "cc");
  printf("%s\n", buf);
  char small[8];
  my_strncpy(small, "truncate me", 7);
  small[7] = 0;
  printf("[%s]\n", small);
  my_strncpy(small, "ab", 7);
  printf("[%s] %d %d\n", small, small[2], small[6]);
  return 0;
}

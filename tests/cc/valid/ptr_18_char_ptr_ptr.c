int printf(const char *, ...);

void split(char *s, char **out, int *n) {
  *n = 0;
  while (*s) {
    while (*s == ',')
      *s++ = 0;
    if (!*s)
      break;
    out[(*n)++] = s;
    while (*s && *s != ',')
      s++;
  }
}

int main(void) {
  char text[] = "alpha,,beta,gamma,";
  char *parts[8];
  int n;
  split(text, parts, &n);
  printf("%d parts\n", n);
  for (char **p = parts; p < parts + n; p++)
    printf("[%s]\n", *p);
  return 0;
}

int printf(const char *, ...);

int count_char(const char *s, char c) {
  int n = 0;
  for (; *s; ++s)
    if (*s == c)
      ++n;
  return n;
}

const char *skip_spaces(const char *s) {
  while (*s == ' ')
    s++;
  return s;
}

int main(void) {
  const char *text = "   mississippi river";
  const char *t = skip_spaces(text);
  printf("%ld [%s]\n", (long)(t - text), t);
  printf("%d %d %d\n", count_char(t, 's'), count_char(t, 'i'), count_char(t, 'z'));
  return 0;
}

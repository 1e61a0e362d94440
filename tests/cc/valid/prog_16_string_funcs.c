int printf(const char *, ...);

unsigned long s_len(const char *s) {
  unsigned long n = 0;
  while (s[n])
    n++;
  return n;
}

const char *s_chr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c)
      return s;
    if (!*s)
      return 0;
  }
}

const char *s_str(const char *hay, const char *needle) {
  if (!*needle)
    return hay;
  for (; *hay; hay++) {
    const char *h = hay, *n = needle;
    while (*h && *n && *h == *n) {
      h++;
      n++;
    }
    if (!*n)
      return hay;
  }
  return 0;
}

void *m_set(void *d, int c, unsigned long n) {
  unsigned char *p = d;
  while (n--)
    *p++ = (unsigned char)c;
  return d;
}

void *m_move(void *d, const void *s, unsigned long n) {
  unsigned char *dp = d;
  const unsigned char *sp = s;
  if (dp < sp)
    while (n--)
      *dp++ = *sp++;
  else
    while (n--)
      dp[n] = sp[n];
  return d;
}

int main(void) {
  const char *text = "the cat sat on the mat";
  printf("%lu\n", s_len(text));
  printf("%s\n", s_chr(text, 'c'));
  printf("%d\n", s_chr(text, 'z') == 0);
  printf("%s\n", s_str(text, "on"));
  printf("%s\n", s_str(text, "the m"));
  printf("%d\n", s_str(text, "dog") == 0);
  char buf[16] = "0123456789";
  m_move(buf + 2, buf, 5);
  printf("%s\n", buf);
  m_move(buf, buf + 3, 5);
  printf("%s\n", buf);
  m_set(buf, '-', 3);
  printf("%s\n", buf);
  return 0;
}

#include <stdio.h>

struct slice {
  const char *p;
  long len;
};

static struct slice make(const char *s) {
  long n = 0;
  while (s[n])
    n++;
  return (struct slice){s, n};
}
static struct slice trim(struct slice s) {
  while (s.len && s.p[0] == ' ') {
    s.p++;
    s.len--;
  }
  while (s.len && s.p[s.len - 1] == ' ')
    s.len--;
  return s;
}
static struct slice word(struct slice s, int k) {
  for (;;) {
    s = trim(s);
    long n = 0;
    while (n < s.len && s.p[n] != ' ')
      n++;
    if (k-- == 0)
      return (struct slice){s.p, n};
    s.p += n;
    s.len -= n;
  }
}

int main(void) {
  struct slice s = make("   the quick  brown fox   ");
  struct slice t = trim(s);
  printf("[%.*s] %ld\n", (int)t.len, t.p, t.len);
  for (int k = 0; k < 4; k++) {
    struct slice w = word(s, k);
    printf("%d: [%.*s]\n", k, (int)w.len, w.p);
  }
  return 0;
}

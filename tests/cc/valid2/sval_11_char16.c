#include <stdio.h>
#include <string.h>

struct buf16 {
  char s[16];
};

static struct buf16 reverse(struct buf16 b) {
  int n = (int)strlen(b.s);
  for (int i = 0; i < n / 2; i++) {
    char t = b.s[i];
    b.s[i] = b.s[n - 1 - i];
    b.s[n - 1 - i] = t;
  }
  return b;
}

static struct buf16 join(struct buf16 a, struct buf16 b) {
  size_t n = strlen(a.s);
  for (size_t i = 0; n + i < 15 && b.s[i]; i++)
    a.s[n + i] = b.s[i];
  a.s[n + strlen(b.s) < 15 ? n + strlen(b.s) : 15] = 0;
  return a;
}

int main(void) {
  struct buf16 a = {"groundup"}, b = {"-cc"};
  printf("%zu\n", sizeof a);
  printf("%s\n", reverse(a).s);
  printf("%s\n", join(a, b).s);
  printf("%s\n", reverse(join(a, b)).s);
  printf("%s\n", join(join(a, b), join(b, b)).s);
  printf("%s %s\n", a.s, b.s);
  return 0;
}

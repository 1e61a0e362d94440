int printf(const char *, ...);

void copy(char *to, const char *from, int count) {
  int n = (count + 3) / 4;
  switch (count % 4) {
  case 0:
    do {
      *to++ = *from++;
      /* fall through */
    case 3:
      *to++ = *from++;
      /* fall through */
    case 2:
      *to++ = *from++;
      /* fall through */
    case 1:
      *to++ = *from++;
    } while (--n > 0);
  }
}

int main(void) {
  const char *src = "abcdefghijklmnopqrstuvwxyz";
  for (int len = 1; len <= 9; len++) {
    char buf[32] = {0};
    copy(buf, src, len);
    printf("%d:%s\n", len, buf);
  }
  return 0;
}

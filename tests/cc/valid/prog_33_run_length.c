#include <string.h>
int printf(const char *, ...);

int encode(const char *in, char *out) {
  char *o = out;
  while (*in) {
    char c = *in;
    int n = 0;
    while (*in == c && n < 9) {
      in++;
      n++;
    }
    *o++ = '0' + n;
    *o++ = c;
  }
  *o = 0;
  return o - out;
}

void decode(const char *in, char *out) {
  for (; *in; in += 2)
    for (int n = in[0] - '0'; n > 0; n--)
      *out++ = in[1];
  *out = 0;
}

int main(void) {
  const char *tests[] = {"aaabccdddd", "", "abc", "zzzzzzzzzzzzz", "aabbaa"};
  char enc[64], dec[64];
  for (int i = 0; i < 5; i++) {
    int n = encode(tests[i], enc);
    decode(enc, dec);
    printf("%s -> %s (%d) -> %s %s\n", tests[i], enc, n, dec, strcmp(dec, tests[i]) ? "BAD" : "ok");
  }
  return 0;
}

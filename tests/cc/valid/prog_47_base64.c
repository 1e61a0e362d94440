#include <string.h>
int printf(const char *, ...);

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void encode(const unsigned char *in, int n, char *out) {
  int i = 0;
  for (; i + 2 < n; i += 3) {
    unsigned v = in[i] << 16 | in[i + 1] << 8 | in[i + 2];
    *out++ = alphabet[v >> 18 & 63];
    *out++ = alphabet[v >> 12 & 63];
    *out++ = alphabet[v >> 6 & 63];
    *out++ = alphabet[v & 63];
  }
  if (i < n) {
    unsigned v = in[i] << 16 | (i + 1 < n ? in[i + 1] << 8 : 0);
    *out++ = alphabet[v >> 18 & 63];
    *out++ = alphabet[v >> 12 & 63];
    *out++ = i + 1 < n ? alphabet[v >> 6 & 63] : '=';
    *out++ = '=';
  }
  *out = 0;
}

int value(char c) {
  const char *p = strchr(alphabet, c);
  return p ? (int)(p - alphabet) : 0;
}

int decode(const char *in, unsigned char *out) {
  int n = 0;
  for (; *in; in += 4) {
    unsigned v = value(in[0]) << 18 | value(in[1]) << 12 | value(in[2]) << 6 | value(in[3]);
    out[n++] = v >> 16;
    if (in[2] != '=')
      out[n++] = v >> 8 & 255;
    if (in[3] != '=')
      out[n++] = v & 255;
  }
  out[n] = 0;
  return n;
}

int main(void) {
  const char *tests[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "groundup cc!"};
  char enc[64];
  unsigned char dec[64];
  for (int i = 0; i < 8; i++) {
    encode((const unsigned char *)tests[i], strlen(tests[i]), enc);
    int n = decode(enc, dec);
    printf("\"%s\" -> %s -> \"%s\" (%d)\n", tests[i], enc, dec, n);
  }
  return 0;
}

int printf(const char *, ...);

int encode(unsigned cp, unsigned char *out) {
  if (cp < 0x80) {
    out[0] = cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = 0xc0 | cp >> 6;
    out[1] = 0x80 | (cp & 0x3f);
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = 0xe0 | cp >> 12;
    out[1] = 0x80 | (cp >> 6 & 0x3f);
    out[2] = 0x80 | (cp & 0x3f);
    return 3;
  }
  out[0] = 0xf0 | cp >> 18;
  out[1] = 0x80 | (cp >> 12 & 0x3f);
  out[2] = 0x80 | (cp >> 6 & 0x3f);
  out[3] = 0x80 | (cp & 0x3f);
  return 4;
}

unsigned decode(const unsigned char *s, int *len) {
  if (s[0] < 0x80) {
    *len = 1;
    return s[0];
  }
  if (s[0] < 0xe0) {
    *len = 2;
    return (s[0] & 0x1f) << 6 | (s[1] & 0x3f);
  }
  if (s[0] < 0xf0) {
    *len = 3;
    return (s[0] & 0x0f) << 12 | (s[1] & 0x3f) << 6 | (s[2] & 0x3f);
  }
  *len = 4;
  return (unsigned)(s[0] & 0x07) << 18 | (s[1] & 0x3f) << 12 | (s[2] & 0x3f) << 6 | (s[3] & 0x3f);
}

int main(void) {
  unsigned cps[] = {0x41, 0xe9, 0x3bb, 0x20ac, 0x1f600, 0x10ffff};
  for (int i = 0; i < 6; i++) {
    unsigned char buf[4];
    int n = encode(cps[i], buf), m;
    printf("U+%04X:", cps[i]);
    for (int k = 0; k < n; k++)
      printf(" %02x", buf[k]);
    printf(" -> U+%04X (%d)\n", decode(buf, &m), m);
  }
  return 0;
}

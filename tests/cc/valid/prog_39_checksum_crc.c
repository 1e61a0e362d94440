int printf(const char *, ...);

unsigned crc32(const unsigned char *p, unsigned long n) {
  unsigned crc = 0xffffffffu;
  while (n--) {
    crc ^= *p++;
    for (int k = 0; k < 8; k++)
      crc = crc & 1 ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
  }
  return ~crc;
}

unsigned short fletcher16(const unsigned char *p, int n) {
  unsigned short a = 0, b = 0;
  for (int i = 0; i < n; i++) {
    a = (a + p[i]) % 255;
    b = (b + a) % 255;
  }
  return (unsigned short)(b << 8 | a);
}

int main(void) {
  const char *s = "123456789";
  printf("%08x\n", crc32((const unsigned char *)s, 9));
  printf("%08x\n", crc32((const unsigned char *)"", 0));
  printf("%04x\n", fletcher16((const unsigned char *)"abcde", 5));
  printf("%04x\n", fletcher16((const unsigned char *)"abcdef", 6));
  return 0;
}

int printf(const char *, ...);

unsigned bswap32(unsigned x) {
  return (x >> 24) | ((x >> 8) & 0xff00) | ((x << 8) & 0xff0000) | (x << 24);
}

unsigned reverse_bits(unsigned x) {
  unsigned r = 0;
  for (int i = 0; i < 32; i++) {
    r = (r << 1) | (x & 1);
    x >>= 1;
  }
  return r;
}

int main(void) {
  printf("%08x\n", bswap32(0x11223344u));
  printf("%08x\n", bswap32(0xdeadbeefu));
  printf("%08x\n", reverse_bits(1));
  printf("%08x\n", reverse_bits(0x0000ffffu));
  printf("%08x\n", reverse_bits(0x12345678u));
  return 0;
}

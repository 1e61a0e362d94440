int printf(const char *, ...);

int main(void) {
  printf("%ld\n", 9223372036854775807);
  printf("%lu\n", 18446744073709551615UL);
  printf("%lx\n", 0xFEDCBA9876543210);
  printf("%lo\n", 01777777777777777777777);
  printf("%d\n", 0x7FFFFFFF);
  printf("%u\n", 0x80000000);
  printf("%lld\n", -9223372036854775807LL - 1);
  return 0;
}

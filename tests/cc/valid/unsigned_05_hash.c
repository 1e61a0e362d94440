int printf(const char *, ...);

unsigned fnv1a(const char *s) {
  unsigned h = 2166136261u;
  while (*s) {
    h ^= (unsigned char)*s++;
    h *= 16777619u;
  }
  return h;
}

unsigned long djb2(const char *s) {
  unsigned long h = 5381;
  int c;
  while ((c = *s++))
    h = h * 33 + c;
  return h;
}

int main(void) {
  printf("%u\n", fnv1a(""));
  printf("%u\n", fnv1a("a"));
  printf("%u\n", fnv1a("groundup"));
  printf("%lu\n", djb2("hello, world"));
  printf("%lu\n", djb2("the quick brown fox jumps over the lazy dog"));
  return 0;
}

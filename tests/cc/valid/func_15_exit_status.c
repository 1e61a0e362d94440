// exit: 42
int printf(const char *, ...);

int compute(void) { return 6 * 7; }

int main(void) {
  printf("returning %d\n", compute());
  return compute();
}

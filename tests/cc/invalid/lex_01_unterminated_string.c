// error: 5:10: missing terminating " character
int printf(const char *, ...);

int main(void) {
  printf("hello);
  return 0;
}

// error: 3:13: stray '@' in program
int main(void) {
  int x = 1 @ 2;
  return x;
}

// error: 3:7: stray '`' in program
int main(void) {
  int `x = 0;
  return 0;
}

// error: 3:13: stray '\' in program
int main(void) {
  int x = 3 \ 4;
  return x;
}

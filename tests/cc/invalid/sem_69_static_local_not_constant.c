// error: 4:18: initializer element is not constant
int main(void) {
  int x = 3;
  static int y = x;
  return y;
}

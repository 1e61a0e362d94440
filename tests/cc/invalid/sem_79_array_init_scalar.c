// error: 3:14: invalid initializer
int main(void) {
  int a[3] = 5;
  return a[0];
}

// error: 4:11: subscripted value is neither array nor pointer nor vector
int main(void) {
  int x = 3;
  return x[0];
}

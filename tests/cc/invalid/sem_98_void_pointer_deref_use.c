// error: 5:11: void value not ignored as it ought to be
int main(void) {
  int x = 1;
  void *p = &x;
  int y = *p;
  return y;
}

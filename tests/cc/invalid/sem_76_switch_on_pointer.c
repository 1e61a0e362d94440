// error: 4:11: switch quantity not an integer
int main(void) {
  int x = 0, *p = &x;
  switch (p) {
  default:
    return 0;
  }
}

// error: 3:13: expected expression before '{' token
int main(void) {
  int a[3 = {1, 2, 3};
  return a[0];
}

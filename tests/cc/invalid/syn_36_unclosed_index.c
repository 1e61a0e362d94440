// error: 4:13: expected ']' before ';' token
int main(void) {
  int a[3] = {1, 2, 3};
  return a[1;
}

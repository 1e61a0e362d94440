// error: 4:12: expected expression before ']' token
int main(void) {
  int a[2] = {0, 1};
  return a[];
}

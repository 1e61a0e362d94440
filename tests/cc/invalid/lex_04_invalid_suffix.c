// error: 3:11: invalid suffix "abc" on integer constant
int main(void) {
  int x = 123abc;
  return x;
}

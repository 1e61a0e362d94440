// error: 3:11: invalid suffix "ul3" on integer constant
int main(void) {
  int x = 12ul3;
  return x;
}

// error: 3:11: invalid suffix "x" on integer constant
int main(void) {
  int x = 0x;
  return x;
}

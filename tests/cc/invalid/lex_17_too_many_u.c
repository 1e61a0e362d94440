// error: 3:16: invalid suffix "uu" on integer constant
int main(void) {
  unsigned x = 1uu;
  return (int)x;
}

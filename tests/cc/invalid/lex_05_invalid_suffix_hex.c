// error: 3:12: invalid suffix "z" on integer constant
int main(void) {
  long x = 0x1fz;
  return (int)x;
}

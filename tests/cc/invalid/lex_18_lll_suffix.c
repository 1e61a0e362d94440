// error: 3:17: invalid suffix "LLL" on integer constant
int main(void) {
  long long x = 1LLL;
  return (int)x;
}

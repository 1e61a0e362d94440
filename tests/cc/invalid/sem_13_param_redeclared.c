// error: 3:7: 'x' redeclared as different kind of symbol
int f(int x) {
  int x = 2;
  return x;
}
int main(void) { return f(1); }

// error: 4:7: lvalue required as left operand of assignment
int f(void) { return 1; }
int main(void) {
  f() = 2;
  return 0;
}

// error: 5:5: lvalue required as left operand of assignment
int f(void) { return 0; }
int g(void) { return 1; }
int main(void) {
  f = g;
  return 0;
}

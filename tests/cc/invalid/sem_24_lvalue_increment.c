// error: 4:10: lvalue required as increment operand
int main(void) {
  int a = 1;
  (a + 1)++;
  return a;
}

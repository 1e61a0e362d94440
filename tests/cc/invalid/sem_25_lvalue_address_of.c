// error: 4:12: lvalue required as unary '&' operand
int main(void) {
  int a = 1;
  int *p = &(a + 1);
  return *p;
}

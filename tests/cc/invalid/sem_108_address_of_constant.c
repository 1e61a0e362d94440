// error: 3:12: lvalue required as unary '&' operand
int main(void) {
  int *p = &42;
  return *p;
}

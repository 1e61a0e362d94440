// error: 4:10: invalid type argument of unary '*' (have 'int')
int main(void) {
  int x = 5;
  return *x;
}

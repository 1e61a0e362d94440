// error: 4:12: invalid operands to binary % (have 'int' and 'int *')
int main(void) {
  int a = 5, *p = &a;
  return a % p;
}

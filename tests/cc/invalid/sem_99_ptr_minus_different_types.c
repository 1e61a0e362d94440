// error: 5:22: invalid operands to binary - (have 'int *' and 'long int *')
int main(void) {
  int a[2];
  long b[2];
  return (int)(&a[1] - &b[0]);
}

// error: 5:14: invalid operands to binary + (have 'int *' and 'int *')
int main(void) {
  int a[2] = {0, 0};
  int *p = a, *q = a + 1;
  return *(p + q);
}

// error: 4:18: invalid operands to binary & (have 'int *' and 'int')
int main(void) {
  int x = 1, *p = &x;
  return (int)(p & 1);
}

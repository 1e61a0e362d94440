// error: 4:18: invalid operands to binary * (have 'int *' and 'int')
int main(void) {
  int a = 2, *p = &a;
  return (int)(p * 2);
}

// error: 4:5: assignment to expression with array type
int main(void) {
  int a[2] = {1, 2}, b[2] = {3, 4};
  a = b;
  return a[0];
}

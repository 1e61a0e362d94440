// error: 5:11: array subscript is not an integer
int main(void) {
  int a[3] = {1, 2, 3};
  int *p = a;
  return a[p];
}

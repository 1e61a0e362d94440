// error: 4:12: cast specifies array type
int main(void) {
  int a[2] = {1, 2};
  int *p = (int[2])a;
  return p[0];
}

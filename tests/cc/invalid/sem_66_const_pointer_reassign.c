// error: 5:5: assignment of read-only variable 'p'
int main(void) {
  int a = 1, b = 2;
  int *const p = &a;
  p = &b;
  return *p;
}

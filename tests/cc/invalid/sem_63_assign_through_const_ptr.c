// error: 5:6: assignment of read-only location '*p'
int main(void) {
  int x = 1;
  const int *p = &x;
  *p = 2;
  return x;
}

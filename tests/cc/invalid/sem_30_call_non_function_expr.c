// error: 4:10: called object is not a function or function pointer
int main(void) {
  int a[2] = {0, 1};
  return a[1](0);
}

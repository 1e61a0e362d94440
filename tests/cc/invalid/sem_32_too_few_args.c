// error: 4:10: too few arguments to function 'add'
int add(int a, int b) { return a + b; }
int main(void) {
  return add(1);
}

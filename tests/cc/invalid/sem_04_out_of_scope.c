// error: 6:10: 'inner' undeclared (first use in this function)
int main(void) {
  {
    int inner = 1;
  }
  return inner;
}

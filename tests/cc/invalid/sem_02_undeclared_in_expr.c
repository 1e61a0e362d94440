// error: 4:12: 'missing' undeclared (first use in this function)
int main(void) {
  int total = 0;
  total += missing * 2;
  return total;
}

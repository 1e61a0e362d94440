// error: 4:10: expected '(' before 'x'
int main(void) {
  int x = 1;
  switch x {
  case 1:
    return 1;
  }
  return 0;
}

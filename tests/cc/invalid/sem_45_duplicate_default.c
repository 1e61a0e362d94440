// error: 9:3: multiple default labels in one switch
int main(void) {
  int x = 1;
  switch (x) {
  default:
    return 1;
  case 1:
    break;
  default:
    return 2;
  }
  return 0;
}

// error: 3:17: expected ')' before ';' token
int main(void) {
  int x = (1 + 2;
  return x;
}

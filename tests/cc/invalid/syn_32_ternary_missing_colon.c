// error: 4:16: expected ':' before ';' token
int main(void) {
  int x = 1;
  int y = x ? 2;
  return y;
}

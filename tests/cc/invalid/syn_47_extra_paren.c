// error: 3:18: expected ',' or ';' before ')' token
int main(void) {
  int x = (1 + 2));
  return x;
}

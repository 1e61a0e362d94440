// error: 4:11: expected ';' before '}' token
int main(void) {
  int x = 1;
  return x
}

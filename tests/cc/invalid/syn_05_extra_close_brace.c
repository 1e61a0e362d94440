// error: 5:1: expected identifier or '(' before '}' token
int main(void) {
  return 0;
}
}

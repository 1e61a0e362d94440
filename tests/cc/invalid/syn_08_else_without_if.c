// error: 4:3: 'else' without a previous 'if'
int main(void) {
  int x = 0;
  else
    x = 1;
  return x;
}

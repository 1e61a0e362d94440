// error: 7:3: 'else' without a previous 'if'
int main(void) {
  int x = 0;
  if (x)
    x = 1;
  x = 2;
  else
    x = 3;
  return x;
}

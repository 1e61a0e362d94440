// error: 6:1: duplicate label 'again'
int main(void) {
  int x = 0;
again:
  x++;
again:
  return x;
}

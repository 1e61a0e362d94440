// error: 4:10: too few arguments to function 'fp'
int main(void) {
  int (*fp)(int, int) = 0;
  return fp(1);
}

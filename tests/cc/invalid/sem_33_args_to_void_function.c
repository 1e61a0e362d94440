// error: 4:10: too many arguments to function 'zero'
int zero(void) { return 0; }
int main(void) {
  return zero(1);
}

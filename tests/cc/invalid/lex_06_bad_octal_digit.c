// error: 3:14: invalid digit "9" in octal constant
int main(void) {
  int mode = 0789;
  return mode;
}

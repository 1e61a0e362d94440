// error: 4:14: void value not ignored as it ought to be
void nothing(void) {}
int main(void) {
  return 1 + nothing();
}

// error: 3:7: two or more data types in declaration specifiers
int main(void) {
  int int x = 1;
  return x;
}

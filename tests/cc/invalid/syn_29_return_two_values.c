// error: 3:11: expected ';' before numeric constant
int main(void) {
  return 1 2;
}

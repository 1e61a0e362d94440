// error: 3:7: array size missing in 'a'
int main(void) {
  int a[];
  return 0;
}

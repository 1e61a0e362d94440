// error: 3:11: stray '#' in program
int main(void) {
  int x = # 5;
  return x;
}

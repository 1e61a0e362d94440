// error: 4:3: expected ';', identifier or '(' before 'int'
struct a {
  int x;
} int y;
int main(void) { return 0; }

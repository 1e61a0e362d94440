// error: 6:1: expected ';', identifier or '(' before 'int'
struct point {
  int x, y;
}

int main(void) { return 0; }

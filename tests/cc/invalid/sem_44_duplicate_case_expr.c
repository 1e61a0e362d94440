// error: 8:3: duplicate case value
enum { A = 4 };
int main(void) {
  int x = 1;
  switch (x) {
  case 2 + 2:
    return 1;
  case A:
    return 2;
  }
  return 0;
}

// error: 6:16: type mismatch in conditional expression
struct s { int v; };
int main(void) {
  struct s a = {1};
  int c = 1;
  return c ? a : 1;
}

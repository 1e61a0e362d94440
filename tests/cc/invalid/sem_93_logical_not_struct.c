// error: 5:10: wrong type argument to unary exclamation mark
struct s { int v; };
int main(void) {
  struct s a = {1};
  return !a;
}

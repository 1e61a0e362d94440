// error: 5:7: wrong type argument to unary minus
struct s { int v; };
int main(void) {
  struct s a = {1};
  a = -a;
  return a.v;
}

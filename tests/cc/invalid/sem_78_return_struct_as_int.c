// error: 5:10: incompatible types when returning type 'struct s' but 'int' was expected
struct s { int v; };
int get(void) {
  struct s a = {1};
  return a;
}
int main(void) { return get(); }

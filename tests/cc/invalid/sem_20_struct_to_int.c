// error: 5:11: incompatible types when initializing type 'int' using type 'struct s'
struct s { int x; };
int main(void) {
  struct s v = {1};
  int i = v;
  return i;
}

// error: 6:15: incompatible type for argument 1 of 'take'
struct s { int v; };
int take(int x) { return x; }
int main(void) {
  struct s a = {1};
  return take(a);
}

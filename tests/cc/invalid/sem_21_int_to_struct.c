// error: 5:7: incompatible types when assigning to type 'struct s' from type 'int'
struct s { int x; };
int main(void) {
  struct s v;
  v = 5;
  return v.x;
}

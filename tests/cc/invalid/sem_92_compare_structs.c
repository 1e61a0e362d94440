// error: 5:12: invalid operands to binary == (have 'struct s' and 'struct s')
struct s { int v; };
int main(void) {
  struct s a = {1}, b = {1};
  return a == b;
}

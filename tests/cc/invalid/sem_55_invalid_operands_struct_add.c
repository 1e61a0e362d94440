// error: 5:12: invalid operands to binary + (have 'struct s' and 'int')
struct s { int v; };
int main(void) {
  struct s a = {1};
  return a + 1;
}

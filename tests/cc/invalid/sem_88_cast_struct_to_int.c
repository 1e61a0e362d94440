// error: 5:3: aggregate value used where an integer was expected
struct s { int v; };
int main(void) {
  struct s a = {1};
  return (int)a;
}

// error: 5:7: used struct type value where scalar is required
struct s { int v; };
int main(void) {
  struct s a = {1};
  if (a)
    return 1;
  return 0;
}

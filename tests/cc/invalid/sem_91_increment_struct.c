// error: 5:4: wrong type argument to increment
struct s { int v; };
int main(void) {
  struct s a = {1};
  a++;
  return a.v;
}

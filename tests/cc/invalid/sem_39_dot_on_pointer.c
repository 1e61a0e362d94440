// error: 5:12: 'pp' is a pointer; did you mean to use '->'?
struct point { int x, y; };
int main(void) {
  struct point p = {1, 2}, *pp = &p;
  return pp.x;
}

// error: 5:11: invalid type argument of '->' (have 'struct point')
struct point { int x, y; };
int main(void) {
  struct point p = {1, 2};
  return p->x;
}

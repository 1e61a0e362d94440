// error: 7:7: incompatible types when assigning to type 'struct b' from type 'struct a'
struct a { int x; };
struct b { int x; };
int main(void) {
  struct a p = {1};
  struct b q;
  q = p;
  return q.x;
}

// error: 5:8: assignment of read-only member 'id'
struct s { const int id; };
int main(void) {
  struct s v = {1};
  v.id = 2;
  return v.id;
}

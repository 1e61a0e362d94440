// error: 3:3: expected specifier-qualifier-list before 'static'
struct s {
  static int count;
};
int main(void) { return 0; }

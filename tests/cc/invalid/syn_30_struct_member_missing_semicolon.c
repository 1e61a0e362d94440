// error-contains: 4:3: before 'int'
struct point {
  int x
  int y;
};
int main(void) { return 0; }

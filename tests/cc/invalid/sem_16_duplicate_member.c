// error: 4:8: duplicate member 'first'
struct pair {
  int first;
  long first;
};
int main(void) { return 0; }

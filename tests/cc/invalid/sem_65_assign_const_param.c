// error: 3:5: assignment of read-only parameter 'x'
int f(const int x) {
  x = 3;
  return x;
}
int main(void) { return f(1); }

// error: 4:4: increment of read-only variable 'n'
int main(void) {
  const int n = 1;
  n++;
  return n;
}

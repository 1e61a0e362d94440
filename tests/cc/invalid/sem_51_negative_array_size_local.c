// error: 3:8: size of array 'buf' is negative
int main(void) {
  char buf[2 - 5];
  return buf[0];
}

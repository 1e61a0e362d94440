// error: 3:11: expected expression before 'int'
int main(void) {
  int x = int;
  return x;
}

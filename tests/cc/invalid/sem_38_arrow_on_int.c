// error: 4:11: invalid type argument of '->' (have 'int')
int main(void) {
  int n = 0;
  return n->x;
}

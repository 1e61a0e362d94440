// error: 4:7: expected expression before ';' token
int main(void) {
  int x;
  x = ;
  return x;
}

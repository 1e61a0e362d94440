// error: 3:8: variable or field 'nothing' declared void
int main(void) {
  void nothing;
  return 0;
}

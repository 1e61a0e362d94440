// error: 3:50: invalid application of 'sizeof' to incomplete type 'union never_defined2'
int main(void) {
  return sizeof(struct never_defined *) + sizeof(union never_defined2);
}

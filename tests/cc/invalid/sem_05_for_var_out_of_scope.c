// error: 5:10: 'i' undeclared (first use in this function)
int main(void) {
  for (int i = 0; i < 3; i++) {
  }
  return i;
}

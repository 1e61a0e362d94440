// error: 3:14: 'outside' has both 'extern' and initializer
int main(void) {
  extern int outside = 1;
  return outside;
}

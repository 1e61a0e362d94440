/* counter_decl.h - included several times with different COUNTER_NAME. */
int COUNTER_NAME(void) {
  static int n;
  return ++n;
}

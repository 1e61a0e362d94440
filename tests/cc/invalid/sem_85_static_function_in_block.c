// error: 3:14: invalid storage class for function 'helper'
int main(void) {
  static int helper(void);
  return 0;
}

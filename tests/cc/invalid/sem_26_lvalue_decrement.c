// error: 3:3: lvalue required as decrement operand
int main(void) {
  --5;
  return 0;
}

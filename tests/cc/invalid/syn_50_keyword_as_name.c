// error: 3:7: expected identifier or '(' before 'while'
int main(void) {
  int while = 3;
  return while;
}

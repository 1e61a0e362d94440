// error: 4:24: expected ';' before ')' token
int main(void) {
  int s = 0;
  for (int i = 0; i < 3)
    s += i;
  return s;
}

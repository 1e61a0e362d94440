// error: 6:18: expected ';' before '}' token
int main(void) {
  int i = 0;
  do {
    i++;
  } while (i < 3)
}

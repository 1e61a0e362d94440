// error: 6:5: expected 'while' before '(' token
int main(void) {
  int i = 0;
  do {
    i++;
  } (i < 3);
  return i;
}

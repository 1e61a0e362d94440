// error: 3:12: missing terminating ' character
int main(void) {
  char c = 'a;
  return c;
}

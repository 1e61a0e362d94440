// error: 3:12: empty character constant
int main(void) {
  char c = '';
  return c;
}

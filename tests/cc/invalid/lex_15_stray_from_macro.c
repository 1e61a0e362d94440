// error: 2:12: stray '@' in program
#define AT @

int main(void) {
  int a = 5;
  return a AT 2;
}

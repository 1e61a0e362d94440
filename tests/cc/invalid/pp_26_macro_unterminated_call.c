// error: 6:2: unterminated argument list invoking macro "ID"
#define ID(x) x

int main(void) {
  return ID(1;
}

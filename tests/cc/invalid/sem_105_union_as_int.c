// error: 5:10: used union type value where scalar is required
union u { int i; char c; };
int main(void) {
  union u x = {1};
  while (x)
    break;
  return 0;
}

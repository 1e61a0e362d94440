int printf(const char *, ...);

int main(void) {
  for (int a = 0; a <= 1; a++)
    for (int b = 0; b <= 1; b++) {
      _Bool x = a, y = b;
      printf("%d %d | and %d or %d xor %d nand %d implies %d\n", x, y, x && y, x || y, x != y,
             !(x && y), !x || y);
    }
  return 0;
}

int printf(const char *, ...);
int putchar(int);

/* 16.16 fixed point, integers only */
#define FIX(x) ((long)(x) * 65536)
#define MUL(a, b) (((a) * (b)) >> 16)

int main(void) {
  for (int row = 0; row < 12; row++) {
    long ci = -FIX(1) + row * FIX(2) / 11;
    for (int col = 0; col < 32; col++) {
      long cr = -FIX(2) + col * (FIX(5) / 2) / 31;
      long zr = 0, zi = 0;
      int it = 0;
      while (it < 20 && MUL(zr, zr) + MUL(zi, zi) < FIX(4)) {
        long t = MUL(zr, zr) - MUL(zi, zi) + cr;
        zi = 2 * MUL(zr, zi) + ci;
        zr = t;
        it++;
      }
      putchar(" .:-=+*#%@"[it / 2]);
    }
    putchar('\n');
  }
  return 0;
}

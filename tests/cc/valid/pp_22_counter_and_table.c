int printf(const char *, ...);

#define COLORS(X) \
  X(RED, 0xff0000) \
  X(GREEN, 0x00ff00) \
  X(BLUE, 0x0000ff)

#define AS_ENUM(name, value) name,
#define AS_NAME(name, value) #name,
#define AS_VALUE(name, value) value,

enum color { COLORS(AS_ENUM) NCOLORS };
static const char *names[] = {COLORS(AS_NAME)};
static const int values[] = {COLORS(AS_VALUE)};

int main(void) {
  for (int i = 0; i < NCOLORS; i++)
    printf("%d %s %06x\n", i, names[i], values[i]);
  return 0;
}

int puts(const char *);
int putchar(int);

int main(void) {
  puts("plain line");
  puts("");
  puts("tab\there");
  puts("quote \" and backslash \\");
  const char *s = "chars";
  while (*s)
    putchar(*s++);
  putchar('\n');
  putchar('\x41');
  putchar(66);
  putchar('\n');
  return 0;
}

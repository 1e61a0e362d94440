int printf(const char *, ...);

int count_chars(char **v) {
  int n = 0;
  for (; *v; v++)
    for (char *p = *v; *p; p++)
      n++;
  return n;
}

int main(void) {
  char a[] = "ls", b[] = "-l", c[] = "/tmp";
  char *args[] = {a, b, c, 0};
  char **v = args;
  printf("%d chars\n", count_chars(args));
  while (*v) {
    printf("%s|", *v);
    v++;
  }
  printf("\n%c %c\n", **(args + 1), *(*(args + 2) + 1));
  v[-1][0] = '@';
  printf("%s\n", c);
  return 0;
}

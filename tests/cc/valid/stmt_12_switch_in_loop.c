int printf(const char *, ...);

int main(void) {
  const char *s = "a1 b2;c3!";
  int letters = 0, digits = 0, others = 0;
  for (int i = 0; s[i]; i++) {
    switch (s[i]) {
    case 'a':
    case 'b':
    case 'c':
      letters++;
      continue; /* continues the for loop */
    case '1':
    case '2':
    case '3':
      digits++;
      break;
    default:
      others++;
    }
    printf("after %c\n", s[i]);
  }
  printf("%d %d %d\n", letters, digits, others);
  return 0;
}

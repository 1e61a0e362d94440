int printf(const char *, ...);

const char *kind(char c) {
  switch (c) {
  case '\0': return "nul";
  case '\t': case ' ': return "space";
  case '0': case '1': case '2': case '3': case '4':
  case '5': case '6': case '7': case '8': case '9': return "digit";
  case (char)0xe9: return "high";
  default: return "other";
  }
}

int main(void) {
  const char input[] = "a 1\t\xe9";
  for (unsigned long i = 0; i < sizeof input; i++)
    printf("%d:%s ", (unsigned char)input[i], kind(input[i]));
  printf("\n");
  return 0;
}

int printf(const char *, ...);

int main(void) {
  const char *text = "the rain in spain stays mainly in the plain";
  int count[26] = {0};
  for (const char *p = text; *p; p++)
    if (*p >= 'a' && *p <= 'z')
      count[*p - 'a']++;
  for (int i = 0; i < 26; i++) {
    if (!count[i])
      continue;
    printf("%c ", 'a' + i);
    for (int j = 0; j < count[i]; j++)
      printf("*");
    printf("\n");
  }
  return 0;
}

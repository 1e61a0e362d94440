int printf(const char *, ...);

static const char text[] =
  "It was the best of times, it was the worst of times,\n"
  "it was the age of wisdom, it was the age of foolishness,\n"
  "it was the epoch of belief.\n";

int main(void) {
  int lines = 0, words = 0, chars = 0, in_word = 0, longest = 0, cur = 0;
  for (const char *p = text; *p; p++) {
    chars++;
    if (*p == '\n')
      lines++;
    int letter = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
    if (letter) {
      if (!in_word)
        words++;
      in_word = 1;
      if (++cur > longest)
        longest = cur;
    } else {
      in_word = 0;
      cur = 0;
    }
  }
  printf("%d lines, %d words, %d chars, longest word %d\n", lines, words, chars, longest);
  return 0;
}

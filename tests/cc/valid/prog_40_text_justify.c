int printf(const char *, ...);

static const char *words[] = {"This", "is", "an", "example", "of", "text", "justification",
                              "done", "by", "a", "small", "C", "program.", 0};

int main(void) {
  int width = 20;
  int i = 0;
  while (words[i]) {
    int len = 0, j = i;
    int chars = 0;
    while (words[j]) {
      int w = 0;
      while (words[j][w])
        w++;
      if (len + w + (j > i) > width)
        break;
      len += w + (j > i);
      chars += w;
      j++;
    }
    int gaps = j - i - 1, spaces = width - chars;
    printf("|");
    for (int k = i; k < j; k++) {
      printf("%s", words[k]);
      if (k < j - 1) {
        int n = words[j] ? spaces / gaps + (k - i < spaces % gaps) : 1;
        for (int s = 0; s < n; s++)
          printf(" ");
      }
    }
    if (!words[j] || gaps == 0)
      for (int s = len; s < width; s++)
        printf(" ");
    printf("|\n");
    i = j;
  }
  return 0;
}

#include <stdlib.h>
#include <string.h>
int printf(const char *, ...);

static int by_string(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int by_length_then_string(const void *a, const void *b) {
  const char *x = *(const char *const *)a, *y = *(const char *const *)b;
  unsigned long lx = strlen(x), ly = strlen(y);
  if (lx != ly)
    return lx < ly ? -1 : 1;
  return strcmp(x, y);
}

int main(void) {
  const char *words[] = {"pear", "fig", "apple", "kiwi", "banana", "date", "cherry", "Zucchini"};
  int n = sizeof words / sizeof words[0];
  qsort(words, n, sizeof words[0], by_string);
  for (int i = 0; i < n; i++)
    printf("%s ", words[i]);
  printf("\n");
  qsort(words, n, sizeof words[0], by_length_then_string);
  for (int i = 0; i < n; i++)
    printf("%s ", words[i]);
  printf("\n");
  return 0;
}

#include <stdio.h>

int main(void) {
  for (int w = 1; w <= 5; w++)
    printf("[%*d] [%-*d] [%.*s]\n", w, w * 7, w, -w, w, "precision");
  int n = printf("%s=%d\n", "answer", 42);
  printf("%d characters\n", n);
  const char *items[] = {"a", "bb", "ccc"};
  for (int i = 0; i < 3; i++)
    printf("%*s|\n", 6, items[i]);
  return 0;
}

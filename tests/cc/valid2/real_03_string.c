#include <stdio.h>
#include <string.h>

#pragma GCC diagnostic ignored "-Wstringop-truncation" /* strncat truncating is the point */

int main(void) {
  char buf[64] = "the quick brown fox";
  memmove(buf + 4, buf, strlen(buf) + 1);
  printf("%s\n", buf);
  memmove(buf, buf + 4, strlen(buf + 4) + 1);
  printf("%s\n", buf);
  printf("%s | %s\n", strchr(buf, 'q'), strrchr(buf, 'o'));
  printf("%s\n", strstr(buf, "brown"));
  printf("%zu %zu\n", strspn("aaabbbc", "ab"), strcspn("hello, world", ",; "));
  printf("%d %d\n", memcmp("abc", "abd", 3) < 0, strncmp("abcdef", "abcxyz", 3));
  char line[] = "alpha,beta;;gamma, delta";
  for (char *tok = strtok(line, ",; "); tok; tok = strtok(NULL, ",; "))
    printf("[%s]", tok);
  printf("\n");
  char dst[16] = "abc";
  strncat(dst, "defghijklmnopqrstuvwxyz", sizeof dst - strlen(dst) - 1);
  printf("%s %zu\n", dst, strlen(dst));
  char cpy[8];
  memset(cpy, 'x', sizeof cpy);
  strncpy(cpy, "hi", sizeof cpy);
  printf("%d %d\n", cpy[2], cpy[7]);
  printf("%s\n", (char *)memchr("find the z here", 'z', 15));
  return 0;
}

#include <string.h>
int printf(const char *, ...);

int main(void) {
  char line[] = "  key = value ; other=thing;last =  x ";
  char *p = line;
  int n = 0;
  while (*p) {
    char *semi = strchr(p, ';');
    if (semi)
      *semi = 0;
    char *eq = strchr(p, '=');
    if (eq) {
      *eq = 0;
      char *k = p, *v = eq + 1;
      while (*k == ' ')
        k++;
      while (*v == ' ')
        v++;
      char *ke = k + strlen(k);
      while (ke > k && ke[-1] == ' ')
        *--ke = 0;
      char *ve = v + strlen(v);
      while (ve > v && ve[-1] == ' ')
        *--ve = 0;
      printf("%d: '%s' -> '%s'\n", n++, k, v);
    }
    if (!semi)
      break;
    p = semi + 1;
  }
  return 0;
}

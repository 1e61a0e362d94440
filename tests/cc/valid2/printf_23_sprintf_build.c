#include <stdio.h>
#include <string.h>

int main(void) {
  char line[128];
  int pos = 0;
  double vals[5] = {1.25, -0.5, 3e-3, 42, 1e6};
  pos += sprintf(line + pos, "[");
  for (int i = 0; i < 5; i++)
    pos += sprintf(line + pos, i ? ", %g" : "%g", vals[i]);
  pos += sprintf(line + pos, "]");
  puts(line);
  printf("%d %zu\n", pos, strlen(line));
  char num[32];
  sprintf(num, "%08.3f", 3.14159);
  puts(num);
  sprintf(num, "%.2e", -0.000123);
  puts(num);
  return 0;
}

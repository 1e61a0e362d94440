#include <stdio.h>

struct cell {
  unsigned alive : 1;
  unsigned age : 7;
};

int main(void) {
  struct cell row[10] = {{0}};
  row[3].alive = row[4].alive = row[5].alive = 1;
  for (int gen = 0; gen < 4; gen++) {
    struct cell next[10];
    for (int i = 0; i < 10; i++) {
      int n = (i > 0 && row[i - 1].alive) + (i < 9 && row[i + 1].alive);
      next[i].alive = row[i].alive ? n == 1 : n == 1 || n == 2;
      next[i].age = next[i].alive ? (row[i].alive ? row[i].age + 1 : 0) : 0;
    }
    for (int i = 0; i < 10; i++) {
      row[i] = next[i];
      putchar(row[i].alive ? '0' + row[i].age : '.');
    }
    putchar('\n');
  }
  printf("%zu\n", sizeof row);
  return 0;
}

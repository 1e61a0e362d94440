#include <stdio.h>

struct cell {
  int id;
  double w;
};

static double run(int n) {
  struct cell cells[n];
  for (int i = 0; i < n; i++)
    cells[i] = (struct cell){i, 1.0 / (i + 1)};
  double s = 0;
  for (struct cell *p = cells; p < cells + n; p++)
    s += p->w * p->id;
  return s + sizeof cells;
}

int main(void) {
  for (int n = 1; n <= 5; n++) {
    char name[n + 1];
    for (int i = 0; i < n; i++)
      name[i] = 'a' + i;
    name[n] = 0;
    printf("%s %zu %.17g\n", name, sizeof name, run(n * 3));
  }
  int sizes[3] = {2, 7, 4};
  for (int i = 0; i < 3; i++) {
    int m[sizes[i]][sizes[i]];
    printf("%zu\n", sizeof m);
  }
  return 0;
}

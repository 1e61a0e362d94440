#include "test.h"

struct cell {
  char ch;
  int weight;
};

int heaviest(struct cell (*grid)[3], int rows) {
  int best = 0;
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < 3; c++)
      if (grid[r][c].weight > best)
        best = grid[r][c].weight;
  return best;
}

int main(void) {
  struct cell g[2][3] = {{{'a', 1}, {'b', 5}, {'c', 2}}, {{'d', 9}, {'e', 0}, {'f', 3}}};
  ASSERT(9, heaviest(g, 2));
  ASSERT(5, heaviest(g, 1));
  struct cell (*row)[3] = &g[1];
  ASSERT('e', (*row)[1].ch);
  struct cell *flat = &g[0][0];
  ASSERT('f', flat[5].ch);
  ASSERT(48, sizeof g);
  return 0;
}

#include "ftest.h"
#include "test.h"

struct material {
  const char *name;
  float density;
  double melting;
  int solid;
};

static struct material table[] = {
    {"water", 1.0f, 0.0, 0},
    {"iron", 7.874f, 1538.0, 1},
    {.name = "gold", .melting = 1064.18, .density = 19.32f, .solid = 1},
    {"air", 1.225e-3f, -2.0e2 - 13.15},
};

static const struct {
  float lo, hi;
} ranges[3] = {{0, 1.0f / 3}, {1.0f / 3, 2.0f / 3}, {2.0f / 3, 1}};

int main(void) {
  ASSERT(4, sizeof table / sizeof table[0]);
  for (int i = 0; i < 4; i++) {
    PD(table[i].density);
    PD(table[i].melting);
  }
  ASSERT(2, table[1].solid + table[2].solid + table[3].solid);
  PD(ranges[1].hi - ranges[1].lo);
  ASSERT(1, ranges[0].hi == ranges[1].lo);
  return 0;
}

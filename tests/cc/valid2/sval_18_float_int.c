#include "ftest.h"
#include "test.h"

struct fi {
  float weight;
  int count;
};

static struct fi add(struct fi a, struct fi b) {
  return (struct fi){a.weight + b.weight, a.count + b.count};
}
static float mean(struct fi s) { return s.weight / s.count; }

int main(void) {
  ASSERT(8, sizeof(struct fi));
  struct fi a = {2.5f, 2}, b = {4.0f, 3};
  struct fi c = add(a, b);
  ASSERT_D(6.5, c.weight);
  ASSERT(5, c.count);
  ASSERT_D(1.3f, mean(c));
  ASSERT_D(1.25, mean(a));
  ASSERT(-7, add(c, (struct fi){0, -12}).count);
  return 0;
}

#include "ftest.h"
#include "test.h"

struct cfg {
  const char *name;
  double scale;
  int flags;
};

int *primes = (int[]){2, 3, 5, 7, 11};
double *weights = (double[]){0.5, 0.25, 0.125};
struct cfg *defaults = &(struct cfg){"default", 1.5, 3};
struct cfg *list = (struct cfg[]){{"a", 0.1, 1}, {"b", 0.2, 2}, {.name = "c", .flags = 4}};

int main(void) {
  ASSERT(28, primes[0] + primes[1] + primes[2] + primes[3] + primes[4]);
  primes[0] = 1;
  ASSERT(1, primes[0]);
  ASSERT_D(0.875, weights[0] + weights[1] + weights[2]);
  ASSERT_D(1.5, defaults->scale);
  ASSERT(3, defaults->flags);
  ASSERT('d', defaults->name[0]);
  ASSERT(7, list[0].flags | list[1].flags | list[2].flags);
  ASSERT_D(0.0, list[2].scale);
  PD(list[0].scale + list[1].scale);
  return 0;
}

#include "ftest.h"

struct account {
  char name[8];
  double balance;
  float rate;
};

static void apply_interest(struct account *a, double years) {
  for (int i = 0; i < (int)years; i++)
    a->balance *= 1 + a->rate;
}

static double total(const struct account *v, int n, double fee) {
  double t = 0;
  for (int i = 0; i < n; i++)
    t += v[i].balance - fee;
  return t;
}

int main(void) {
  struct account acc[3] = {{"ann", 100, 0.5f}, {"bob", 250.5, 0.25f}, {"cy", 0, 1}};
  apply_interest(&acc[0], 2.9);
  apply_interest(&acc[1], 3);
  apply_interest(&acc[2], 5);
  PD(acc[0].balance);
  PD(acc[1].balance);
  PD(total(acc, 3, 0.5));
  return 0;
}

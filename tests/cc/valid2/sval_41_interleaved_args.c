#include "ftest.h"

struct fd {
  float f;
  double d;
};
struct il {
  int i;
  long l;
};
struct d1 {
  double d;
};

static double mix(int a, struct fd b, double c, struct il d, float e, struct d1 f, long g,
                  struct fd h, struct il i, double j, struct d1 k) {
  return a + b.f * 2 + b.d * 3 + c * 4 + d.i * 5 + d.l * 6 + e * 7 + f.d * 8 + g * 9 +
         h.f * 10 + h.d * 11 + i.i * 12 + i.l * 13 + j * 14 + k.d * 15;
}

int main(void) {
  struct fd one_fd = {1, 1};
  struct il one_il = {1, 1};
  struct d1 one_d = {1};
  ASSERT_D(120.0, mix(1, one_fd, 1, one_il, 1, one_d, 1, one_fd, one_il, 1, one_d));
  struct fd z_fd = {0, 0};
  struct il z_il = {0, 0};
  struct d1 z_d = {0};
  ASSERT_D(15.0, mix(0, z_fd, 0, z_il, 0, z_d, 0, z_fd, z_il, 0, one_d));
  ASSERT_D(25.0, mix(0, z_fd, 0, z_il, 0, z_d, 0, z_fd, one_il, 0, z_d));
  ASSERT_D(21.0, mix(0, z_fd, 0, z_il, 0, z_d, 0, one_fd, z_il, 0, z_d));
  PD(mix(-1, (struct fd){0.5f, 0.1}, 0.2, (struct il){-3, 1L << 40}, 0.3f, (struct d1){0.4},
         -5, (struct fd){0.6f, 0.7}, (struct il){8, -9}, 1e-3, (struct d1){-0.0}));
  return 0;
}

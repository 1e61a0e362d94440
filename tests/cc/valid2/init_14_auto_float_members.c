#include "ftest.h"

struct particle {
  double pos[2];
  double vel[2];
  float mass;
};

static struct particle spawn(double x, double y, float m) {
  struct particle p = {{x, y}, {-y * 0.5, x * 0.5}, m};
  return p;
}

int main(void) {
  double t = 0.1;
  struct particle ps[2] = {spawn(1, 0, 2), spawn(0, 2, 0.5f)};
  for (int step = 0; step < 3; step++)
    for (int i = 0; i < 2; i++) {
      struct particle q = {{ps[i].pos[0] + t * ps[i].vel[0], ps[i].pos[1] + t * ps[i].vel[1]},
                           {ps[i].vel[0], ps[i].vel[1]},
                           ps[i].mass};
      ps[i] = q;
    }
  for (int i = 0; i < 2; i++) {
    PD(ps[i].pos[0]);
    PD(ps[i].pos[1]);
    PD(ps[i].mass * (ps[i].vel[0] * ps[i].vel[0] + ps[i].vel[1] * ps[i].vel[1]) / 2);
  }
  return 0;
}

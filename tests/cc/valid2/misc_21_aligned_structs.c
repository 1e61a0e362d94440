#include <stddef.h>
#include <stdint.h>
#include "test.h"

struct vec4 {
  _Alignas(32) double v[4];
};
struct holder {
  char tag;
  struct vec4 data;
  float f;
};

static int aligned(const void *p, uintptr_t a) { return (uintptr_t)p % a == 0; }

int main(void) {
  ASSERT(32, _Alignof(struct vec4));
  ASSERT(32, sizeof(struct vec4));
  ASSERT(32, offsetof(struct holder, data));
  ASSERT(96, sizeof(struct holder));
  struct holder h[3];
  for (int i = 0; i < 3; i++) {
    ASSERT(1, aligned(&h[i].data, 32));
    h[i].data.v[3] = i;
  }
  ASSERT(3, (int)(h[0].data.v[3] + h[1].data.v[3] + h[2].data.v[3]));
  struct vec4 local = {{1, 2, 3, 4}};
  ASSERT(1, aligned(&local, 32));
  _Alignas(16) float quad[4] = {1, 2, 3, 4};
  ASSERT(1, aligned(quad, 16));
  ASSERT(10, (int)(quad[0] + quad[1] + quad[2] + quad[3]));
  return (int)local.v[0] - 1;
}

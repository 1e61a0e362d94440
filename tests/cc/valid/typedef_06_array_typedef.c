#include "test.h"

typedef int vec3[3];
typedef vec3 mat3[3];

int dot(const int *a, const int *b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

int main(void) {
  vec3 a = {1, 2, 3}, b = {4, 5, 6};
  ASSERT(32, dot(a, b));
  mat3 m = {{1, 0, 0}, {0, 2, 0}, {0, 0, 3}};
  ASSERT(36, sizeof(mat3));
  ASSERT(16, dot(m[2], b) - dot(m[1], a) + 2);
  vec3 *rows = m;
  ASSERT(2, rows[1][1]);
  return 0;
}

#include <stdio.h>
#include <string.h>

struct z1 {
  unsigned a : 3;
  unsigned : 0;
  unsigned b : 3;
};
struct z2 {
  unsigned char a : 3;
  unsigned char : 0;
  unsigned char b : 3;
};
struct z3 {
  unsigned a : 3;
  unsigned : 2; /* unnamed padding bits */
  unsigned b : 3;
};
struct z4 {
  char c;
  int : 0;
  char d;
};
struct z5 {
  unsigned long a : 5;
  unsigned long : 0;
  unsigned b : 5;
};

int main(void) {
  printf("%zu %zu %zu %zu %zu\n", sizeof(struct z1), sizeof(struct z2), sizeof(struct z3),
         sizeof(struct z4), sizeof(struct z5));
  struct z1 x;
  memset(&x, 0, sizeof x);
  x.a = 7;
  x.b = 5;
  unsigned char bytes[8];
  memcpy(bytes, &x, sizeof x);
  for (size_t i = 0; i < sizeof x; i++)
    printf("%02x", bytes[i]);
  printf("\n");
  struct z3 y;
  memset(&y, 0, sizeof y);
  y.a = 7;
  y.b = 7;
  memcpy(bytes, &y, sizeof y);
  printf("%02x%02x\n", bytes[0], bytes[1]);
  printf("%u %u\n", y.a, y.b);
  return 0;
}

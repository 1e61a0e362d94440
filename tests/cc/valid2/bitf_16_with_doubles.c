#include <stddef.h>
#include <stdio.h>

struct rec {
  unsigned valid : 1;
  unsigned kind : 3;
  double value;
  unsigned short tag : 10;
  float weight;
  long big : 50;
};

int main(void) {
  printf("%zu %zu %zu %zu\n", sizeof(struct rec), offsetof(struct rec, value),
         offsetof(struct rec, weight), _Alignof(struct rec));
  struct rec r = {1, 5, 2.5, 1000, 0.5f, -123456789012345L};
  r.value *= r.kind;
  r.weight += r.tag;
  printf("%u %u %g %u %g %ld\n", r.valid, r.kind, r.value, r.tag, r.weight, (long)r.big);
  double d = r.big * 0.5;
  printf("%.17g\n", d);
  return 0;
}

#include <stdio.h>

struct a {
  unsigned x : 4;
  unsigned y : 4;
};
struct b {
  unsigned x : 31;
  unsigned y : 2;
};
struct c {
  char ch;
  unsigned x : 8;
};
struct d {
  unsigned char x : 3;
  unsigned char y : 6;
};
struct e {
  unsigned short x : 9;
  unsigned short y : 9;
};
struct f {
  unsigned long x : 40;
  unsigned y : 30;
};
struct g {
  char ch;
  unsigned long x : 60;
};
struct h {
  unsigned x : 1;
  double d;
  unsigned y : 1;
};

int main(void) {
  printf("a %zu %zu\n", sizeof(struct a), _Alignof(struct a));
  printf("b %zu %zu\n", sizeof(struct b), _Alignof(struct b));
  printf("c %zu %zu\n", sizeof(struct c), _Alignof(struct c));
  printf("d %zu %zu\n", sizeof(struct d), _Alignof(struct d));
  printf("e %zu %zu\n", sizeof(struct e), _Alignof(struct e));
  printf("f %zu %zu\n", sizeof(struct f), _Alignof(struct f));
  printf("g %zu %zu\n", sizeof(struct g), _Alignof(struct g));
  printf("h %zu %zu\n", sizeof(struct h), _Alignof(struct h));
  return 0;
}

#include "test.h"

struct s1 { char c; };
struct s2 { char c; short s; };
struct s3 { int i; char c; };
struct s4 { char c; long long l; };
struct s5 { struct s2 inner; char c; };

int main(void) {
  ASSERT(1, _Alignof(char));
  ASSERT(2, _Alignof(short));
  ASSERT(4, _Alignof(int));
  ASSERT(8, _Alignof(long));
  ASSERT(8, _Alignof(long long));
  ASSERT(8, _Alignof(void *));
  ASSERT(1, _Alignof(struct s1));
  ASSERT(2, _Alignof(struct s2));
  ASSERT(4, _Alignof(struct s3));
  ASSERT(8, _Alignof(struct s4));
  ASSERT(2, _Alignof(struct s5));
  ASSERT(6, sizeof(struct s5));
  ASSERT(4, _Alignof(int[10]));
  ASSERT(1, _Alignof(_Bool));
  return 0;
}

#include "test.h"

struct person {
  char name[10];
  int age;
  char tags[3][4];
};

int main(void) {
  struct person p = {"amy", 30, {"a", "bcd"}};
  ASSERT('a', p.name[0]);
  ASSERT(0, p.name[3]);
  ASSERT(0, p.name[9]);
  ASSERT(30, p.age);
  ASSERT('d', p.tags[1][2]);
  ASSERT(0, p.tags[2][0]);
  struct person q = {.tags[2] = "xyz"};
  ASSERT('z', q.tags[2][2]);
  ASSERT(0, q.age);
  return 0;
}

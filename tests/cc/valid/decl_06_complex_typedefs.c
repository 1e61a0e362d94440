#include "test.h"

typedef int (*handler)(int);
typedef handler handler_table[3];

int h0(int x) { return x; }
int h1(int x) { return x + 100; }
int h2(int x) { return x * 100; }

handler_table table = {h0, h1, h2};

handler_table *get_table(void) { return &table; }

int main(void) {
  ASSERT(5, (*get_table())[0](5));
  ASSERT(105, (*get_table())[1](5));
  ASSERT(500, table[2](5));
  ASSERT(24, sizeof(handler_table));
  return 0;
}

#include "test.h"

struct item {
  const char *name;
  int qty;
  long price;
};

struct item stock[] = {
  {"apple", 3, 50},
  {"pear", 0, 75},
  {"plum", 12, 20},
};

long value(const struct item *it, int n) {
  long v = 0;
  for (int i = 0; i < n; i++)
    v += it[i].qty * it[i].price;
  return v;
}

int main(void) {
  ASSERT(3, sizeof stock / sizeof stock[0]);
  ASSERT(24, sizeof stock[0]);
  ASSERT(390, value(stock, 3));
  stock[1].qty = 2;
  ASSERT(540, value(stock, 3));
  ASSERT('p', stock[2].name[0]);
  struct item *p = stock + 2;
  ASSERT(12, p->qty);
  ASSERT(1, &p[-1] == &stock[1]);
  return 0;
}

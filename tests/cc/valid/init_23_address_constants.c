#include "test.h"

struct item {
  const char *name;
  int qty;
};

struct item items[3] = {{"a", 1}, {"b", 2}, {"c", 3}};
int *second_qty = &items[1].qty;
struct item *last = &items[2];
const char **first_name = &items[0].name;
char text[] = "address";
char *middle = &text[3];
long big_array[10];
long *past_end = big_array + 10;

int main(void) {
  ASSERT(2, *second_qty);
  ASSERT(3, last->qty);
  ASSERT('a', **first_name);
  ASSERT('r', *middle);
  ASSERT(10, past_end - big_array);
  return 0;
}

#include "test.h"

typedef int count_t;
typedef int count_t; /* C11: the same typedef may be repeated */

typedef struct list list;
typedef struct list list;
struct list {
  count_t n;
  list *next;
};

int main(void) {
  list b = {2, 0}, a = {1, &b};
  count_t total = 0;
  for (list *l = &a; l; l = l->next)
    total += l->n;
  ASSERT(3, total);
  return 0;
}

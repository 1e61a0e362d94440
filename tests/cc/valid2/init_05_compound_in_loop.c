#include "test.h"

struct node {
  int v;
  struct node *next;
};

int main(void) {
  /* the compound literal in the loop body is re-initialized on every iteration */
  int total = 0;
  for (int i = 0; i < 4; i++) {
    int *p = (int[2]){i, i * 10};
    total += p[0] + p[1];
    p[0] = 100;
  }
  ASSERT(66, total);
  /* a list built from compound literals in one scope */
  struct node *head = &(struct node){1, &(struct node){2, &(struct node){3, 0}}};
  int s = 0;
  for (struct node *n = head; n; n = n->next)
    s = s * 10 + n->v;
  ASSERT(123, s);
  return 0;
}

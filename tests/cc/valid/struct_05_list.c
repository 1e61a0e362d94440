#include <stdlib.h>
#include "test.h"

struct node {
  int value;
  struct node *next;
};

struct node *push(struct node *head, int v) {
  struct node *n = malloc(sizeof *n);
  n->value = v;
  n->next = head;
  return n;
}

int length(const struct node *n) {
  int len = 0;
  for (; n; n = n->next)
    len++;
  return len;
}

struct node *reverse(struct node *n) {
  struct node *prev = 0;
  while (n) {
    struct node *next = n->next;
    n->next = prev;
    prev = n;
    n = next;
  }
  return prev;
}

int main(void) {
  struct node *list = 0;
  for (int i = 1; i <= 5; i++)
    list = push(list, i);
  ASSERT(5, length(list));
  ASSERT(5, list->value);
  list = reverse(list);
  ASSERT(1, list->value);
  ASSERT(2, list->next->value);
  ASSERT(5, list->next->next->next->next->value);
  while (list) {
    struct node *n = list->next;
    free(list);
    list = n;
  }
  return 0;
}

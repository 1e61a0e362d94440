#include <stdlib.h>
int printf(const char *, ...);

struct node {
  int v;
  struct node *next;
};

struct node *cons(int v, struct node *next) {
  struct node *n = malloc(sizeof *n);
  n->v = v;
  n->next = next;
  return n;
}

void show(const char *label, const struct node *n) {
  printf("%s:", label);
  for (; n; n = n->next)
    printf(" %d", n->v);
  printf("\n");
}

struct node *insert_sorted(struct node *head, int v) {
  struct node **pp = &head;
  while (*pp && (*pp)->v < v)
    pp = &(*pp)->next;
  *pp = cons(v, *pp);
  return head;
}

struct node *remove_if_even(struct node *head) {
  struct node **pp = &head;
  while (*pp) {
    if ((*pp)->v % 2 == 0) {
      struct node *dead = *pp;
      *pp = dead->next;
      free(dead);
    } else {
      pp = &(*pp)->next;
    }
  }
  return head;
}

struct node *merge(struct node *a, struct node *b) {
  struct node head = {0, 0}, *t = &head;
  while (a && b) {
    if (a->v <= b->v) {
      t->next = a;
      a = a->next;
    } else {
      t->next = b;
      b = b->next;
    }
    t = t->next;
  }
  t->next = a ? a : b;
  return head.next;
}

void free_all(struct node *n) {
  while (n) {
    struct node *next = n->next;
    free(n);
    n = next;
  }
}

int main(void) {
  struct node *a = 0, *b = 0;
  int xs[] = {5, 2, 8, 1, 9, 4};
  for (int i = 0; i < 6; i++)
    a = insert_sorted(a, xs[i]);
  show("a", a);
  for (int i = 0; i < 5; i++)
    b = insert_sorted(b, i * 3);
  show("b", b);
  a = merge(a, b);
  show("merged", a);
  a = remove_if_even(a);
  show("odd", a);
  free_all(a);
  return 0;
}

#include <stdlib.h>
int printf(const char *, ...);

struct bst {
  int key;
  struct bst *l, *r;
};

struct bst *ins(struct bst *t, int k) {
  if (!t) {
    t = malloc(sizeof *t);
    t->key = k;
    t->l = t->r = 0;
    return t;
  }
  if (k < t->key)
    t->l = ins(t->l, k);
  else if (k > t->key)
    t->r = ins(t->r, k);
  return t;
}

struct bst *del(struct bst *t, int k) {
  if (!t)
    return 0;
  if (k < t->key) {
    t->l = del(t->l, k);
  } else if (k > t->key) {
    t->r = del(t->r, k);
  } else if (!t->l || !t->r) {
    struct bst *child = t->l ? t->l : t->r;
    free(t);
    return child;
  } else {
    struct bst *m = t->r;
    while (m->l)
      m = m->l;
    t->key = m->key;
    t->r = del(t->r, m->key);
  }
  return t;
}

void walk(const struct bst *t) {
  if (!t)
    return;
  printf("(");
  walk(t->l);
  printf("%d", t->key);
  walk(t->r);
  printf(")");
}

int main(void) {
  struct bst *t = 0;
  int keys[] = {8, 3, 10, 1, 6, 14, 4, 7, 13};
  for (int i = 0; i < 9; i++)
    t = ins(t, keys[i]);
  walk(t);
  printf("\n");
  t = del(t, 3);
  t = del(t, 8);
  t = del(t, 99);
  t = del(t, 14);
  walk(t);
  printf("\n");
  return 0;
}

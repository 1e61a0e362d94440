#include <stdlib.h>
#include "test.h"

struct vec {
  int len;
  int data[];
};

static struct vec *make(int n) {
  struct vec *v = malloc(sizeof *v + n * sizeof v->data[0]);
  v->len = n;
  for (int i = 0; i < n; i++)
    v->data[i] = i * i;
  return v;
}

int main(void) {
  ASSERT(4, sizeof(struct vec));
  struct vec *v = make(6);
  int s = 0;
  for (int i = 0; i < v->len; i++)
    s += v->data[i];
  ASSERT(55, s);
  ASSERT(25, v->data[5]);
  struct vec *w = realloc(v, sizeof *w + 10 * sizeof w->data[0]);
  for (int i = 6; i < 10; i++)
    w->data[i] = -i;
  w->len = 10;
  s = 0;
  for (int i = 0; i < w->len; i++)
    s += w->data[i];
  ASSERT(25, s);
  free(w);
  return 0;
}

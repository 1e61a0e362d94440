#include <stdlib.h>
#include <string.h>
#include "test.h"

struct str {
  unsigned long len;
  char *data;
};

struct str *make(const char *s) {
  struct str *r = malloc(sizeof *r);
  r->len = strlen(s);
  r->data = malloc(r->len + 1);
  memcpy(r->data, s, r->len + 1);
  return r;
}

int main(void) {
  struct str *a = make("hello");
  struct str *b = make("");
  ASSERT(5, a->len);
  ASSERT(0, b->len);
  ASSERT('e', a->data[1]);
  ASSERT(0, b->data[0]);
  free(a->data);
  free(a);
  free(b->data);
  free(b);
  return 0;
}

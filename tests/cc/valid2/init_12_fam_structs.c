#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item {
  char key[8];
  float weight;
};
struct bag {
  int n;
  float total;
  struct item items[];
};

static struct bag *bag_new(int cap) {
  struct bag *b = calloc(1, sizeof *b + cap * sizeof(struct item));
  return b;
}

static void bag_add(struct bag *b, const char *key, float w) {
  strncpy(b->items[b->n].key, key, 7);
  b->items[b->n].weight = w;
  b->n++;
  b->total += w;
}

int main(void) {
  struct bag *b = bag_new(4);
  bag_add(b, "apple", 0.25f);
  bag_add(b, "melon", 1.5f);
  bag_add(b, "cherry", 0.01f);
  for (int i = 0; i < b->n; i++)
    printf("%s %.9g\n", b->items[i].key, b->items[i].weight);
  printf("total %.9g of %d\n", b->total, b->n);
  printf("%zu %zu\n", sizeof(struct bag), sizeof(struct item));
  free(b);
  return 0;
}

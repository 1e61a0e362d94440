#include <stdlib.h>
int printf(const char *, ...);

int asc(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

int desc(const void *a, const void *b) { return asc(b, a); }

struct rec {
  const char *name;
  int age;
};

int by_age(const void *a, const void *b) {
  const struct rec *x = a, *y = b;
  return x->age - y->age;
}

int main(void) {
  int a[] = {5, -3, 9, 0, 2, 2, -8};
  qsort(a, 7, sizeof a[0], asc);
  for (int i = 0; i < 7; i++)
    printf("%d ", a[i]);
  printf("\n");
  qsort(a, 7, sizeof(int), desc);
  for (int i = 0; i < 7; i++)
    printf("%d ", a[i]);
  printf("\n");
  struct rec r[] = {{"ann", 31}, {"bob", 25}, {"cy", 40}};
  qsort(r, 3, sizeof r[0], by_age);
  for (int i = 0; i < 3; i++)
    printf("%s:%d ", r[i].name, r[i].age);
  printf("\n");
  return 0;
}

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct row {
  char name[16];
  double price;
  int qty;
};

static int by_value_desc(const void *a, const void *b) {
  const struct row *x = a, *y = b;
  double vx = x->price * x->qty, vy = y->price * y->qty;
  return (vx < vy) - (vx > vy);
}

int main(void) {
  const char *csv = "widget,2.50,10\ngadget,19.99,3\ngizmo,0.75,100\ndoohickey,5,0\n"
                    "thingamajig,1e2,1\n";
  struct row rows[8];
  int n = 0;
  const char *p = csv;
  while (*p && n < 8) {
    const char *comma = strchr(p, ',');
    size_t len = (size_t)(comma - p);
    memcpy(rows[n].name, p, len);
    rows[n].name[len] = 0;
    char *end;
    rows[n].price = strtod(comma + 1, &end);
    rows[n].qty = (int)strtol(end + 1, &end, 10);
    p = end + 1;
    n++;
  }
  qsort(rows, n, sizeof rows[0], by_value_desc);
  double total = 0;
  for (int i = 0; i < n; i++) {
    double v = rows[i].price * rows[i].qty;
    total += v;
    printf("%-12s %8.2f x %3d = %9.2f\n", rows[i].name, rows[i].price, rows[i].qty, v);
  }
  printf("%-12s %29.2f\n", "total", total);
  return 0;
}

#include <stdarg.h>
#include <stdio.h>

struct record {
  char name[12];
  int id;
  double score;
  long extra[2];
}; /* 40 bytes: passed by reference */

static void print_records(int n, ...) {
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    struct record r = va_arg(ap, struct record);
    printf("%-6s %3d %8.3f %ld %ld\n", r.name, r.id, r.score, r.extra[0], r.extra[1]);
  }
  va_end(ap);
}

static struct record make(const char *name, int id, double score) {
  struct record r = {{0}, id, score, {id * 10L, -id}};
  for (int i = 0; name[i] && i < 11; i++)
    r.name[i] = name[i];
  return r;
}

int main(void) {
  struct record a = make("ada", 1, 99.5), b = make("bob", 22, 71.25);
  struct record c = make("cyrus", 333, -0.125);
  print_records(3, a, b, c);
  print_records(9, a, b, c, a, b, c, a, b, c);
  a.score = 0; /* the callee got copies */
  print_records(1, a);
  return 0;
}

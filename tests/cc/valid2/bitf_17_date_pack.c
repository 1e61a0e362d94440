#include <stdio.h>
#include <string.h>

struct date {
  unsigned day : 5;
  unsigned month : 4;
  unsigned year : 12;
  unsigned weekday : 3;
};

static unsigned manual(unsigned y, unsigned m, unsigned d, unsigned wd) {
  return d | m << 5 | y << 9 | wd << 21;
}

static int before(struct date a, struct date b) {
  if (a.year != b.year)
    return a.year < b.year;
  if (a.month != b.month)
    return a.month < b.month;
  return a.day < b.day;
}

int main(void) {
  struct date d;
  memset(&d, 0, sizeof d);
  d.year = 2024;
  d.month = 2;
  d.day = 29;
  d.weekday = 4;
  unsigned raw;
  memcpy(&raw, &d, sizeof raw);
  printf("%08x %08x\n", raw, manual(2024, 2, 29, 4));
  struct date e = d;
  e.month++;
  e.day = 1;
  printf("%d %d\n", before(d, e), before(e, d));
  printf("%04u-%02u-%02u\n", e.year, e.month, e.day);
  return 0;
}

#include "test.h"

#define LIMIT 2000
static unsigned long bits[LIMIT / 64 + 1];

static void set(int i) { bits[i / 64] |= 1UL << (i % 64); }
static int get(int i) { return (bits[i / 64] >> (i % 64)) & 1; }

int main(void) {
  set(0);
  set(1);
  for (int i = 2; i * i < LIMIT; i++)
    if (!get(i))
      for (int j = i * i; j < LIMIT; j += i)
        set(j);
  int count = 0, twin = 0;
  for (int i = 2; i < LIMIT; i++) {
    count += !get(i);
    if (i + 2 < LIMIT && !get(i) && !get(i + 2))
      twin++;
  }
  ASSERT(303, count);
  ASSERT(61, twin);
  ASSERT(0, get(1999));
  ASSERT(1, get(1998));
  return 0;
}

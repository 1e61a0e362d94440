// Leaving a block that holds a VLA by continue, break, goto (also out of two nested
// VLA blocks, and out of a switch) gives its stack space back: 50000 iterations of
// a 400-byte VLA would overflow the stack otherwise.
#include <stdio.h>

static long nested(int rounds) {
  long total = 0;
  for (int i = 0; i < rounds; i++) {
    int n = 50 + (i & 3);
    long outer[n];
    outer[0] = i;
    for (int j = 0; j < 3; j++) {
      char inner[n * 4 + j];
      inner[0] = (char)j;
      if (j == 1)
        goto out;  // leaves both VLA blocks
      total += inner[0] + outer[0];
    }
  out:
    switch (i % 3) {
    case 0: {
      short s[n];
      s[0] = 1;
      total += s[0];
      break;  // leaves the case's VLA block
    }
    default:
      total += 2;
    }
  }
  return total;
}

int main(void) {
  long total = 0;
  for (int i = 0; i < 50000; i++) {
    int n = 100 + (i & 7);
    int a[n];
    for (int j = 0; j < n; j++)
      a[j] = i + j;
    if (i & 1)
      continue;
    total += a[n - 1];
    if (i == 49998)
      break;
  }
  int k = 0;
  while (k < 30000) {
    char b[k % 50 + 1000];
    b[0] = 1;
    k++;
    if (k % 3 == 0)
      goto next;
    total += b[0];
  next:;
  }
  printf("%ld %ld\n", total, nested(30000));
  return 0;
}

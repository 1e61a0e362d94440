#include "test.h"

int a;
int a;
int b;
int b = 7;
int b;
static int c;
static int c;
int arr[];
int arr[4];

int main(void) {
  ASSERT(0, a);
  ASSERT(7, b);
  ASSERT(0, c);
  ASSERT(16, sizeof arr);
  a = 3;
  arr[3] = a + b;
  ASSERT(10, arr[3]);
  return 0;
}

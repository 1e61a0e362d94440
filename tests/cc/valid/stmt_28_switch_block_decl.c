#include "test.h"

int f(int k) {
  switch (k) {
  case 0: {
    int local = 10;
    return local + k;
  }
  case 1: {
    int local = 20;
    return local + k;
  }
  default: {
    int arr[3] = {k, k, k};
    return arr[0] + arr[1] + arr[2];
  }
  }
}

int main(void) {
  ASSERT(10, f(0));
  ASSERT(21, f(1));
  ASSERT(15, f(5));
  return 0;
}

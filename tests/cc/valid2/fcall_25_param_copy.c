#include "ftest.h"

static double consume(double x, float y) {
  x *= 2;
  y += 1;
  return x + y;
}

static void modify_array(double a[], double k) {
  a[0] *= k;
  k = 0;
  a[1] += k;
}

int main(void) {
  double x = 1.5;
  float y = 0.5f;
  ASSERT_D(4.5, consume(x, y));
  ASSERT_D(1.5, x);
  ASSERT_D(0.5, y);
  double arr[2] = {2, 3};
  double k = 10;
  modify_array(arr, k);
  ASSERT_D(20.0, arr[0]);
  ASSERT_D(3.0, arr[1]);
  ASSERT_D(10.0, k);
  return 0;
}

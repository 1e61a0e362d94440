#include <stdio.h>

static double add(double a, double b) { return a + b; }
static double sub(double a, double b) { return a - b; }
static double mul(double a, double b) { return a * b; }
static double dvd(double a, double b) { return a / b; }

static struct {
  char op;
  double (*fn)(double, double);
} ops[] = {{'+', add}, {'-', sub}, {'*', mul}, {'/', dvd}};

/* evaluates "a op b op c ..." left to right */
static double eval(const double *nums, const char *opers, int n) {
  double acc = nums[0];
  for (int i = 0; i < n - 1; i++)
    for (int k = 0; k < 4; k++)
      if (ops[k].op == opers[i])
        acc = ops[k].fn(acc, nums[i + 1]);
  return acc;
}

int main(void) {
  double nums[5] = {1.5, 2.5, 3, 7, 0.125};
  printf("%.17g\n", eval(nums, "+*-/", 5));
  printf("%.17g\n", eval(nums, "//**", 5));
  printf("%.17g\n", eval(nums, "-+-+", 5));
  return 0;
}

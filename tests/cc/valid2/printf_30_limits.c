#include <float.h>
#include <stdio.h>

int main(void) {
  printf("%.*e\n", DBL_DECIMAL_DIG - 1, DBL_MAX);
  printf("%.*e\n", DBL_DECIMAL_DIG - 1, DBL_MIN);
  printf("%.*e\n", DBL_DECIMAL_DIG - 1, DBL_TRUE_MIN);
  printf("%.*e\n", FLT_DECIMAL_DIG - 1, FLT_MAX);
  printf("%.*e\n", FLT_DECIMAL_DIG - 1, FLT_TRUE_MIN);
  printf("%a %a\n", DBL_MAX, DBL_EPSILON);
  printf("%a %a\n", FLT_MAX, FLT_EPSILON);
  printf("%La\n", LDBL_MAX);
  printf("%.*Le\n", 35, LDBL_EPSILON);
  return 0;
}

/* csmith's safe_math.h calls fabs and fabsf, and csmith programs are linked
 * without -lm: gcc expands fabs, fabsf and __builtin_fabs inline (fsgnjx), even
 * at -O0, so nothing is left for libm to define.  groundup cc called them in libm
 * and the link failed ("undefined reference to `fabsf'"). */
#include <math.h>
#include <stdio.h>

static float add_float(float sf1, float sf2) {
  /* safe_add_func_float_f_f, as csmith's runtime header has it */
  return (fabsf((0.5f * sf1) + (0.5f * sf2)) > (0.5f * 3.40282347e+38F)) ? sf1
                                                                         : (sf1 + sf2);
}

static double add_double(double sf1, double sf2) {
  return (fabs((0.5 * sf1) + (0.5 * sf2)) > (0.5 * 1.7976931348623157e+308)) ? sf1
                                                                            : (sf1 + sf2);
}

int main(void) {
  volatile double d = -2.5;
  volatile float f = -1.25f;
  volatile double nz = -0.0;
  printf("fabs(-2.5) * 4 = %d\n", (int)(fabs(d) * 4));
  printf("fabsf(-1.25) * 4 = %d\n", (int)(fabsf(f) * 4));
  printf("__builtin_fabs(-2.5) * 4 = %d\n", (int)(__builtin_fabs(d) * 4));
  printf("__builtin_fabsf(-1.25) * 4 = %d\n", (int)(__builtin_fabsf(f) * 4));
  printf("signbit(fabs(-0.0)) = %d\n", signbit(fabs(nz)) != 0);
  printf("add_float(3, -7) = %d\n", (int)add_float(3.0f, -7.0f));
  printf("add_float(huge, huge) = %d\n", add_float(3e38f, 3e38f) == 3e38f);
  printf("add_double(3, -7) = %d\n", (int)add_double(3.0, -7.0));
  printf("add_double(huge, huge) = %d\n", add_double(1.7e308, 1.7e308) == 1.7e308);
  return 0;
}

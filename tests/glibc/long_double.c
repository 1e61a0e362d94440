/* long double is IEEE binary128 on RISC-V: glibc's soft-float quad arithmetic and printf. */
#include <float.h>
#include <math.h>
#include <stdio.h>

int main(void) {
    long double third = 1.0L / 3.0L, x = 1.0L;
    printf("%.30Lf\n%.25Le\n%La\n", third, third, third);
    for (int i = 1; i <= 30; i++) x *= i;
    printf("30! = %.0Lf\n", x);
    printf("sqrtl(2) = %.33Lf\n", sqrtl(2.0L));
    printf("expl(1) = %.33Lg\n", expl(1.0L));
    printf("LDBL_EPSILON = %Lg LDBL_MAX = %Lg DIG = %d MANT = %d\n", LDBL_EPSILON, LDBL_MAX,
           LDBL_DIG, LDBL_MANT_DIG);
    long double sum = 0;
    for (int i = 1; i <= 1000; i++) sum += 1.0L / ((long double)i * i);
    printf("basel(1000) = %.30Lf\n", sum);
    long long big = 9007199254740993LL;
    printf("exact: %d %lld\n", (long double)big == big, (long long)((long double)big + 1));
    printf("compare: %d %d\n", third * 3 == 1.0L, 0.1L + 0.2L == 0.3L);
    return 0;
}

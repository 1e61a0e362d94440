/* math.h: the exact functions (rounding, remainders, exponents, sqrt, fma) and the
 * classification macros, at edge values, printed in %a. */
#include <math.h>
#include <stdio.h>
int main(void) {
    double v[] = {0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 1e300, 4.9e-324, 123456.789, -1e-310, 0.49999999999999994, 4503599627370497.0};
    int n = sizeof v / sizeof *v;
    for (int i = 0; i < n; i++) {
        double x = v[i]; int e; double ip;
        printf("%a: tr %a fl %a ce %a ro %a ri %a sq %a fr %a/%d mf %a/%a lb %a il %d\n", x, trunc(x), floor(x), ceil(x), round(x), rint(x), sqrt(x), frexp(x, &e), e, modf(x, &ip), ip, logb(x), ilogb(x));
        for (int j = 0; j < n; j++) printf(" %a/%a/%a", fmod(x, v[j]), remainder(x, v[j]), nextafter(x, v[j]));
        printf("\n sc %a %a %a %a\n", scalbn(x, 5), scalbn(x, -1074), scalbn(x, 2000), ldexp(x, -1030));
    }
    printf("%d %d %d %d %d\n", isinf(-INFINITY), isinf(INFINITY), isnan(NAN), fpclassify(4.9e-324), signbit(-0.0) != 0);
    printf("%a %a %a %a\n", fmin(NAN, 1.0), fmax(-0.0, 0.0), fma(0.1, 10.0, -1.0), hypot(3.0, 4.0));
    printf("%f %f %f\n", floorf(-2.5f), roundf(2.5f), sqrtf(2.0f));
    return 0;
}

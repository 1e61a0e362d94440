/* math.h edge cases: infinities, NaNs, signed zeros, decomposition, classification. */
#include <float.h>
#include <math.h>
#include <stdio.h>

static const char *cls(double x) {
    switch (fpclassify(x)) {
    case FP_NAN: return "nan";
    case FP_INFINITE: return "inf";
    case FP_ZERO: return "zero";
    case FP_SUBNORMAL: return "subnormal";
    default: return "normal";
    }
}

int main(void) {
    double xs[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, DBL_MIN / 4, DBL_MAX, -1.0, 1e-320};
    for (int i = 0; i < 9; i++) {
        double x = xs[i];
        int e;
        double m = frexp(x, &e), ip;
        double fr = modf(x, &ip);
        printf("%-10g %-9s sign=%d isnan=%d isinf=%d frexp=(%g,%d) modf=(%g,%g)\n", x, cls(x),
               signbit(x) != 0, isnan(x) != 0, isinf(x), m, isfinite(x) ? e : 0, fr, ip);
        printf("   sqrt=%g log=%g exp=%g 1/x=%g atan=%g copysign=%g\n", sqrt(x), log(x), exp(x),
               1.0 / x, atan(x), copysign(3.0, x));
    }
    printf("ldexp %g %g %g\n", ldexp(1.0, 1023), ldexp(1.0, 1024), ldexp(1.0, -1074));
    printf("nextafter %a %a\n", nextafter(1.0, 2.0), nextafter(0.0, -1.0));
    printf("ilogb %d %d logb %g scalbn %g\n", ilogb(1024.0), ilogb(0.1), logb(0.1),
           scalbn(3.0, 4));
    printf("fmax %g fmin %g fdim %g\n", fmax(NAN, 2.0), fmin(-0.0, 0.0), fdim(5.0, 7.0));
    printf("erf %.17g erfc %.17g tgamma %.17g lgamma %.17g\n", erf(0.5), erfc(0.5), tgamma(4.5),
           lgamma(100.0));
    printf("j0 %.17g y0 %.17g\n", j0(2.0), y0(2.0));
    printf("pow special: %g %g %g %g\n", pow(0.0, -1.0), pow(-8.0, 1.0 / 3.0), pow(1.0, NAN),
           pow(-1.0, INFINITY));
    return 0;
}

/* math.h: elementary functions over a range of arguments, printed exactly (%a, %.17g). */
#include <math.h>
#include <stdio.h>

int main(void) {
    double xs[] = {0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0, 100.5, 1e-8, 12345.678};
    for (int i = 0; i < 11; i++) {
        double x = xs[i];
        printf("x=%g\n", x);
        printf("  sqrt %.17g cbrt %.17g exp %.17g expm1 %.17g\n", sqrt(x), cbrt(x), exp(x),
               expm1(x));
        printf("  log %.17g log2 %.17g log10 %.17g log1p %.17g\n", log(x), log2(x), log10(x),
               log1p(x));
        printf("  sin %.17g cos %.17g tan %.17g\n", sin(x), cos(x), tan(x));
        printf("  asin %.17g acos %.17g atan %.17g\n", asin(x / 20000), acos(x / 20000), atan(x));
        printf("  sinh %.17g cosh %.17g tanh %.17g\n", sinh(x / 10), cosh(x / 10), tanh(x));
        printf("  pow %.17g pow- %.17g hypot %.17g atan2 %.17g\n", pow(x, 1.7), pow(2.0, -x),
               hypot(x, 3.0), atan2(x, -1.0));
        printf("  floor %g ceil %g round %g trunc %g rint %g fmod %.17g\n", floor(x * 3.3),
               ceil(x * 3.3), round(x * 3.3), trunc(-x * 3.3), rint(x * 3.3), fmod(x * 7, 3.0));
    }
    float f = 0.7f;
    printf("float: %a %a %a %a %a\n", sqrtf(f), expf(f), logf(f), sinf(f), powf(f, 2.5f));
    printf("lround %ld llrint %lld remainder %g fma %.17g\n", lround(-2.5), llrint(2.5),
           remainder(10.0, 3.0), fma(0.1, 10.0, -1.0));
    return 0;
}

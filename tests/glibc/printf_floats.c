/* printf's floating-point conversions: %f %e %g %a, rounding, specials. */
#include <float.h>
#include <math.h>
#include <stdio.h>

int main(void) {
    double values[] = {0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.5, 1e-10, 123456789.125, 1e22, 1e300,
                       5e-324, DBL_MAX, DBL_MIN, M_PI, -M_E, 1.0 / 3.0, 0.5e-5, 999999.5};
    int n = sizeof values / sizeof values[0];
    for (int i = 0; i < n; i++) {
        double v = values[i];
        printf("[%d] %f | %.2f | %12.4f | %-12.1f| %+.0f | %e | %.3E | %g | %.10g | %#g | %a\n", i,
               v, v, v, v, v, v, v, v, v, v, v);
    }
    double specials[] = {INFINITY, -INFINITY, NAN};
    for (int i = 0; i < 3; i++)
        printf("%f %e %g %F %10.3f %-6f|\n", specials[i], specials[i], specials[i], specials[i],
               specials[i], specials[i]);
    float f = 1.1f;
    printf("float %f %.9g %a\n", f, f, f);
    for (int p = 0; p <= 17; p++) printf("%.*f ", p, 0.1);
    printf("\n");
    for (int p = 0; p < 6; p++) printf("%.*e ", p, 12345.6789);
    printf("\n");
    printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5);
    printf("%.3g %.3g %.3g %g %g\n", 0.0001234, 123456.0, 1e-5, 1e-4, 100000.0);
    printf("%Lf %Le %Lg\n", 1.0L / 3.0L, 2.0L / 7.0L, 1e4000L);
    return 0;
}

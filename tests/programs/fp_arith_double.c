/* Double-precision arithmetic at the C level: series (pi, e, harmonic),
 * Newton square roots vs fsqrt.d, Kahan vs naive summation, __builtin_fma,
 * fabs/copysign, IEEE infinities and NaNs from C expressions, comparisons
 * involving NaN.  Results printed as exact bit patterns. */
#include "rt.h"

static NOINLINE double hw_sqrt(double x) { double r; __asm__("fsqrt.d %0, %1" : "=f"(r) : "f"(x)); return r; }
static NOINLINE double newton_sqrt(double x)
{
    if (x <= 0) return 0;
    double g = x > 1 ? x / 2 : 1;
    for (int i = 0; i < 60; i++) {
        double n = 0.5 * (g + x / g);
        if (n == g) break;
        g = n;
    }
    return g;
}
static void show(const char *label, double d)
{
    put_str(label);
    put_char(' ');
    put_f64bits(d);
    put_char(' ');
    put_f64dec(d, 9);
    put_nl();
    ck(f64_bits(d));
}

int main(void)
{
    volatile double zero = 0.0, one = 1.0, three = 3.0;
    double pi = 0;
    for (int k = 0; k < 2000; k++) pi += (k & 1 ? -4.0 : 4.0) / (2 * k + 1);
    show("leibniz_pi", pi);
    double e = 1, term = 1;
    for (int k = 1; k < 20; k++) { term /= k; e += term; }
    show("e", e);
    double h = 0, hk = 0, c = 0;
    for (int k = 1; k <= 3000; k++) {
        double x = 1.0 / k;
        h += x;
        double y = x - c;  /* Kahan */
        double t = hk + y;
        c = (t - hk) - y;
        hk = t;
    }
    show("harmonic_naive", h);
    show("harmonic_kahan", hk);
    static const double sq[] = { 2.0, 3.0, 10.0, 1e-300, 1e300, 0.25, 123456789.0 };
    for (unsigned i = 0; i < ARRAY_LEN(sq); i++) {
        double a = hw_sqrt(sq[i]), b = newton_sqrt(sq[i]);
        put_f64bits(a); put_char(' '); put_f64bits(b); put_char(a == b ? '=' : '~'); put_nl();
    }
    show("fma", __builtin_fma(0.1, 10.0, -1.0));   /* exact residue of 0.1*10 */
    show("nofma", 0.1 * (volatile double){10.0} - 1.0);
    show("fabs", __builtin_fabs(-three));
    show("copysign", __builtin_copysign(three, -zero));
    show("inf", one / zero);
    show("-inf", -one / zero);
    double nan = zero / zero;
    put_str("nan_bits "); put_f64bits(nan); put_nl();
    put_str("nan_cmp ");
    put_u64(nan == nan); put_u64(nan != nan); put_u64(nan < one); put_u64(nan >= one);
    put_u64(__builtin_isnan(nan)); put_u64(__builtin_isinf(one / zero)); put_nl();
    show("-0+0", -zero + zero);
    show("-0*3", -zero * three);
    show("1/3", one / three);
    show("big*big", 1e200 * (volatile double){1e200});
    show("tiny*tiny", 1e-200 * (volatile double){1e-200});
    show("denorm", 4.9406564584124654e-324 * (volatile double){3.0});
    double x = 1.0;
    int steps = 0;
    while (1.0 + x != 1.0) { x /= 2; steps++; }
    pr_i64("epsilon_steps", steps);
    show("epsilon", x * 2);
    /* polynomial evaluation (Horner) and a dot product */
    static const double coef[] = { 1.0, -0.5, 1.0 / 24, -1.0 / 720, 1.0 / 40320 };  /* cos series in x^2 */
    for (double t = 0.0; t < 1.6; t += 0.3) {
        double x2 = t * t, p = 0;
        for (int i = 4; i >= 0; i--) p = p * x2 + coef[i];
        put_f64dec(t, 2); put_char(' '); put_f64bits(p); put_nl();
        ck(f64_bits(p));
    }
    return rt_status();
}

/* math.h: C17 7.12. The classification macros are the compiler's builtins; the
 * exact functions are in src/math.c, the transcendental ones in src/libm_*.c (double
 * and float, correctly rounded on every input tested); long double's exact ones in
 * src/libm_long_double.c, its transcendental ones (computed in double: double's
 * accuracy only) in src/libm_long_double_approx.c. */
#ifndef _MATH_H
#define _MATH_H
#include <_gu_cdefs.h>
typedef float float_t;
typedef double double_t;
#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define HUGE_VALL (__builtin_huge_vall())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))
#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4
#define FP_ILOGB0 (-2147483647)
#define FP_ILOGBNAN 2147483647
#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling (MATH_ERRNO | MATH_ERREXCEPT)
#define fpclassify(x) __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isfinite(x) __builtin_isfinite(x)
#define isinf(x) __builtin_isinf_sign(x)
#define isnan(x) __builtin_isnan(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)
#define isgreater(x, y) __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y) __builtin_isless(x, y)
#define islessequal(x, y) __builtin_islessequal(x, y)
#define islessgreater(x, y) __builtin_islessgreater(x, y)
#define isunordered(x, y) __builtin_isunordered(x, y)
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440
__BEGIN_DECLS
#define __GU_MATH1(name) double name(double); float name##f(float); long double name##l(long double);
#define __GU_MATH2(name) double name(double, double); float name##f(float, float); \
    long double name##l(long double, long double);
__GU_MATH1(acos) __GU_MATH1(asin) __GU_MATH1(atan) __GU_MATH2(atan2) __GU_MATH1(cos)
__GU_MATH1(sin) __GU_MATH1(tan) __GU_MATH1(acosh) __GU_MATH1(asinh) __GU_MATH1(atanh)
__GU_MATH1(cosh) __GU_MATH1(sinh) __GU_MATH1(tanh) __GU_MATH1(exp) __GU_MATH1(exp2)
__GU_MATH1(expm1) __GU_MATH1(log) __GU_MATH1(log10) __GU_MATH1(log1p) __GU_MATH1(log2)
__GU_MATH1(logb) __GU_MATH1(cbrt) __GU_MATH1(fabs) __GU_MATH2(hypot) __GU_MATH2(pow)
__GU_MATH1(sqrt) __GU_MATH1(erf) __GU_MATH1(erfc) __GU_MATH1(lgamma) __GU_MATH1(tgamma)
__GU_MATH1(ceil) __GU_MATH1(floor) __GU_MATH1(nearbyint) __GU_MATH1(rint) __GU_MATH1(round)
__GU_MATH1(trunc) __GU_MATH2(fmod) __GU_MATH2(remainder) __GU_MATH2(copysign)
__GU_MATH2(nextafter) __GU_MATH2(fdim) __GU_MATH2(fmax) __GU_MATH2(fmin)
#undef __GU_MATH1
#undef __GU_MATH2
double fma(double x, double y, double z);
float fmaf(float x, float y, float z);
long double fmal(long double x, long double y, long double z);
double frexp(double x, int *e);
float frexpf(float x, int *e);
long double frexpl(long double x, int *e);
double ldexp(double x, int e);
float ldexpf(float x, int e);
long double ldexpl(long double x, int e);
double scalbn(double x, int e);
float scalbnf(float x, int e);
double scalbln(double x, long e);
long double scalbnl(long double x, int e);
long double scalblnl(long double x, long e);
long lroundl(long double x);
long long llroundl(long double x);
long lrintl(long double x);
long long llrintl(long double x);
long double nexttowardl(long double x, long double y);
double modf(double x, double *ip);
float modff(float x, float *ip);
long double modfl(long double x, long double *ip);
int ilogb(double x);
int ilogbf(float x);
long lround(double x);
long lroundf(float x);
long long llround(double x);
long lrint(double x);
long long llrint(double x);
double nan(const char *tag);
float nanf(const char *tag);
double remquo(double x, double y, int *quo);
float remquof(float x, float y, int *quo);
long lrintf(float x);
long long llrintf(float x);
long long llroundf(float x);
float scalblnf(float x, long n);
/* POSIX (XSI) and GNU extensions: hidden, as glibc hides them, from strict ISO C
 * programs (-std=c17), which may use these names for themselves. */
#if !defined(__STRICT_ANSI__) || defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || \
    defined(_XOPEN_SOURCE) || defined(_POSIX_C_SOURCE) || defined(_BSD_SOURCE)
extern int signgam;
double lgamma_r(double x, int *sign);
float lgammaf_r(float x, int *sign);
#endif
#if !defined(__STRICT_ANSI__) || defined(_GNU_SOURCE)
void sincos(double x, double *s, double *c);
void sincosf(float x, float *s, float *c);
#endif
__END_DECLS
#endif

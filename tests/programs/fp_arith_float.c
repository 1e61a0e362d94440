/* Single-precision arithmetic at the C level: accumulation error, float vs
 * double promotion, the "fast inverse square root" bit hack, a float
 * Newton iteration, float comparisons, overflow/underflow to inf/0. */
#include "rt.h"

static NOINLINE float hw_sqrtf(float x) { float r; __asm__("fsqrt.s %0, %1" : "=f"(r) : "f"(x)); return r; }
static NOINLINE float q_rsqrt(float x)
{
    union { float f; uint32_t i; } u = { .f = x };
    u.i = 0x5f3759df - (u.i >> 1);
    float y = u.f;
    y = y * (1.5f - 0.5f * x * y * y);
    y = y * (1.5f - 0.5f * x * y * y);
    return y;
}
static void show(const char *label, float f)
{
    put_str(label);
    put_char(' ');
    put_f32bits(f);
    put_char(' ');
    put_f64dec((double)f, 7);
    put_nl();
    ck(f32_bits(f));
}

int main(void)
{
    volatile float zero = 0.0f, one = 1.0f, three = 3.0f;
    float s = 0;
    for (int i = 0; i < 10000; i++) s += 0.1f;
    show("sum_0.1x10000", s);
    double sd = 0;
    for (int i = 0; i < 10000; i++) sd += 0.1f;  /* float constant promoted */
    put_str("sum_as_double "); put_f64bits(sd); put_nl();
    float big = 16777216.0f;
    show("2^24+1", big + one);
    show("2^24+2", big + 2 * one);
    show("1/3", one / three);
    show("third_times_3", (one / three) * three);
    for (float x = 0.5f; x < 100.0f; x *= 3.7f) {
        float a = 1.0f / hw_sqrtf(x), b = q_rsqrt(x);
        put_f32bits(x); put_char(' '); put_f32bits(a); put_char(' '); put_f32bits(b); put_nl();
        ck(f32_bits(b));
    }
    show("overflow", 3e38f * (volatile float){10.0f});
    show("underflow", 1e-38f * (volatile float){1e-10f});
    show("subnormal", 1e-38f * (volatile float){0.01f});
    show("inf", one / zero);
    float nan = zero / zero;
    put_str("nan "); put_f32bits(nan); put_char(' ');
    put_u64(nan == nan); put_u64(nan < one); put_u64(nan > one); put_u64(!(nan <= one)); put_nl();
    show("-0", -zero);
    show("fabsf", __builtin_fabsf(-three));
    show("copysignf", __builtin_copysignf(three, -one));
    show("fmaf", __builtin_fmaf(0.1f, 10.0f, -1.0f));
    /* float -> double -> float round trips and double -> float narrowing */
    volatile double d = 0.1;
    show("narrow_0.1", (float)d);
    put_str("widen "); put_f64bits((double)(float)d); put_nl();
    volatile double dbig = 1e39, dtiny = 1e-46;
    show("narrow_big", (float)dbig);
    show("narrow_tiny", (float)dtiny);
    /* logistic map in float: sensitive dependence, exact bit patterns */
    float x = 0.3f;
    for (int i = 0; i < 50; i++) x = 3.9f * x * (1.0f - x);
    show("logistic", x);
    return rt_status();
}

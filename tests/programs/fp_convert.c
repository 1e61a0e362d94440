/* C-level conversions between integers and float/double (all widths and
 * signedness, in range), float <-> double, integer -> float rounding,
 * truncation toward zero of casts, and long/unsigned long extremes. */
#include "rt.h"

static NOINLINE int32_t d2i(double d) { return (int32_t)d; }
static NOINLINE uint32_t d2u(double d) { return (uint32_t)d; }
static NOINLINE int64_t d2l(double d) { return (int64_t)d; }
static NOINLINE uint64_t d2ul(double d) { return (uint64_t)d; }
static NOINLINE int16_t f2s(float f) { return (int16_t)f; }
static NOINLINE int8_t f2c(float f) { return (int8_t)f; }
static NOINLINE uint8_t f2uc(float f) { return (uint8_t)f; }
static NOINLINE int64_t f2l(float f) { return (int64_t)f; }
static NOINLINE uint64_t f2ul(float f) { return (uint64_t)f; }
static NOINLINE double i2d(int32_t i) { return (double)i; }
static NOINLINE double u2d(uint32_t i) { return (double)i; }
static NOINLINE double l2d(int64_t i) { return (double)i; }
static NOINLINE double ul2d(uint64_t i) { return (double)i; }
static NOINLINE float l2f(int64_t i) { return (float)i; }
static NOINLINE float ul2f(uint64_t i) { return (float)i; }
static NOINLINE float i2f(int32_t i) { return (float)i; }
static NOINLINE float s2f(int16_t i) { return (float)i; }
static NOINLINE float uc2f(uint8_t i) { return (float)i; }
static NOINLINE float d2f(double d) { return (float)d; }
static NOINLINE double f2d(float f) { return (double)f; }

int main(void)
{
    static const double ds[] = { 0.0, -0.0, 0.9999, -0.9999, 1.5, -1.5, 2.5, 100.75, -100.75,
                                 2147483647.9, -2147483648.9, 4294967295.5, 1e18, -1e18,
                                 9223372036854774784.0, 18446744073709549568.0, 127.9, 255.9 };
    for (unsigned i = 0; i < ARRAY_LEN(ds); i++) {
        double d = ds[i];
        put_f64bits(d);
        put_char(':');
        if (d > -2147483649.0 && d < 2147483648.0) { put_char(' '); put_i64(d2i(d)); }
        if (d > -1.0 && d < 4294967296.0) { put_char(' '); put_u64(d2u(d)); }
        if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) { put_char(' '); put_i64(d2l(d)); }
        if (d > -1.0 && d < 18446744073709551616.0) { put_char(' '); put_u64(d2ul(d)); }
        float f = (float)d;
        if (f > -32769.0f && f < 32768.0f) { put_str(" s"); put_i64(f2s(f)); }
        if (f > -129.0f && f < 128.0f) { put_str(" c"); put_i64(f2c(f)); }
        if (f > -1.0f && f < 256.0f) { put_str(" uc"); put_u64(f2uc(f)); }
        if (f >= -9223372036854775808.0f && f < 9223372036854775808.0f) { put_str(" fl"); put_i64(f2l(f)); }
        if (f > -1.0f && f < 18446744073709551616.0f) { put_str(" ful"); put_u64(f2ul(f)); }
        put_nl();
    }
    static const int64_t is[] = { 0, 1, -1, 16777217, -16777217, 9007199254740993LL, -9007199254740993LL,
                                  INT64_MAX, INT64_MIN, 0x7fffffff, -0x80000000LL, 123456789012345LL };
    for (unsigned i = 0; i < ARRAY_LEN(is); i++) {
        int64_t v = is[i];
        put_i64(v);
        put_char(':');
        put_char(' '); put_f64bits(l2d(v));
        put_char(' '); put_f64bits(ul2d((uint64_t)v));
        put_char(' '); put_f32bits(l2f(v));
        put_char(' '); put_f32bits(ul2f((uint64_t)v));
        put_char(' '); put_f64bits(i2d((int32_t)v));
        put_char(' '); put_f64bits(u2d((uint32_t)v));
        put_char(' '); put_f32bits(i2f((int32_t)v));
        put_char(' '); put_f32bits(s2f((int16_t)v));
        put_char(' '); put_f32bits(uc2f((uint8_t)v));
        put_nl();
        ck(f64_bits(l2d(v)) ^ f32_bits(ul2f((uint64_t)v)));
    }
    static const double nd[] = { 0.1, 1.0 / 3, 3.4028235677973366e38, 3.5e38, 1.1754943508222875e-38,
                                 1.4e-45, 7e-46, 1e-50, -2.5e-40, 16777217.0, 16777219.0 };
    for (unsigned i = 0; i < ARRAY_LEN(nd); i++) {
        float f = d2f(nd[i]);
        put_f64bits(nd[i]); put_str(" -> "); put_f32bits(f); put_str(" -> "); put_f64bits(f2d(f)); put_nl();
        ck(f32_bits(f));
    }
    /* integer -> float -> integer round trips */
    uint64_t mism = 0;
    for (int64_t v = -5000000; v <= 5000000; v += 99991) {
        if ((int64_t)(double)v != v) mism++;
        if ((int64_t)(float)v != v) mism += 1000;
    }
    pr_u64("roundtrip_mismatches", mism);
    return rt_status();
}

/* A little IEEE binary128 (long double) arithmetic through libgcc's soft-fp
 * helpers (__addtf3, __multf3, __divtf3, __subtf3, conversions and
 * comparisons): results printed as 128-bit patterns. */
#include "rt.h"

static void put_ld(const char *label, long double x)
{
    union { long double x; uint64_t w[2]; } u = { .x = x };
    put_str(label);
    put_char(' ');
    put_hex64(u.w[1]);
    put_hex64(u.w[0]);
    put_nl();
    ck(u.w[0] ^ u.w[1]);
}

static NOINLINE long double ld_add(long double a, long double b) { return a + b; }
static NOINLINE long double ld_mul(long double a, long double b) { return a * b; }
static NOINLINE long double ld_div(long double a, long double b) { return a / b; }

int main(void)
{
    volatile long double one = 1.0L, three = 3.0L, ten = 10.0L;
    put_ld("one", one);
    put_ld("third", ld_div(one, three));
    put_ld("tenth", ld_div(one, ten));
    long double e = 1, term = 1;
    for (int k = 1; k < 30; k++) { term = ld_div(term, (long double)k); e = ld_add(e, term); }
    put_ld("e", e);
    put_ld("sq", ld_mul(e, e));
    put_ld("neg", -e);
    put_ld("sub", e - 2.0L);
    put_ld("from_i64", (long double)(int64_t)OPAQUE(-1234567890123456789LL));
    put_ld("from_u64", (long double)(uint64_t)OPAQUE(0xffffffffffffffffULL));
    put_ld("from_double", (long double)OPAQUE(0.1));
    double back = (double)ld_div(one, ten);
    put_str("to_double "); put_f64bits(back); put_nl();
    float backf = (float)ld_div(one, three);
    put_str("to_float "); put_f32bits(backf); put_nl();
    pr_i64("to_i64", (int64_t)ld_mul(e, 1e15L));
    pr_u64("cmp", (uint64_t)((e > 2.718L) + 2 * (e < 2.719L) + 4 * (e == e) + 8 * (one != three)));
    return rt_status();
}

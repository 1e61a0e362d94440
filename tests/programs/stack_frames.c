/* Stack usage: variable-length arrays, __builtin_alloca, large local
 * frames, many live values across calls (callee-saved registers),
 * recursion passing big structs, and stack-pointer alignment checks. */
#include "rt.h"

struct blob { int64_t v[12]; };

static NOINLINE int64_t vla_sum(int n)
{
    int64_t a[n];  /* VLA */
    for (int i = 0; i < n; i++) a[i] = (int64_t)i * i - n;
    int64_t s = 0;
    for (int i = n - 1; i >= 0; i--) s = s * 3 + a[i];
    return s;
}
static NOINLINE uint64_t alloca_fill(int n)
{
    uint8_t *p = __builtin_alloca((size_t)n);
    for (int i = 0; i < n; i++) p[i] = (uint8_t)(i * 13);
    uint64_t h = 0;
    for (int i = 0; i < n; i++) h = h * 31 + p[i];
    uintptr_t sp;
    __asm__ volatile("mv %0, sp" : "=r"(sp));
    return h ^ (sp & 15);  /* sp stays 16-byte aligned */
}
static NOINLINE int64_t big_frame(int k)
{
    volatile int64_t frame[1024];
    for (int i = 0; i < 1024; i++) frame[i] = i ^ k;
    int64_t s = 0;
    for (int i = 0; i < 1024; i += 17) s += frame[i];
    return s;
}
static NOINLINE int64_t leaf(int64_t x) { return x * 7 + 1; }
static NOINLINE int64_t many_live(int64_t a)
{
    /* values that stay live across calls land in s0..s11 */
    int64_t b = leaf(a), c = leaf(b), d = leaf(c), e = leaf(d), f = leaf(e), g = leaf(f);
    int64_t h = leaf(g), i = leaf(h), j = leaf(i), k = leaf(j), l = leaf(k), m = leaf(l);
    int64_t n = leaf(m), o = leaf(n);
    return a - b + c - d + e - f + g - h + i - j + k - l + m - n + o;
}
static NOINLINE struct blob rec(struct blob b, int depth)
{
    if (depth == 0) return b;
    for (int i = 0; i < 12; i++) b.v[i] += depth * i;
    struct blob r = rec(b, depth - 1);
    r.v[depth % 12] ^= depth;
    return r;
}
static NOINLINE double fp_live(double x)
{
    double a = x * 1.5, b = a + 2, c = b * b, d = c - a;
    double e = (double)leaf((int64_t)d), f = e / 3;  /* FP values live across a call: fs0..fs11 */
    return a + b + c + d + e + f;
}

int main(void)
{
    for (int n = 1; n <= 64; n *= 4) { put_i64(vla_sum(n)); put_char(' '); }
    put_nl();
    for (int n = 16; n <= 4096; n *= 4) { put_hex(alloca_fill(n)); put_char(' '); }
    put_nl();
    pr_i64("big_frame", big_frame(5) + big_frame(77));
    pr_i64("many_live", many_live(3));
    struct blob b;
    for (int i = 0; i < 12; i++) b.v[i] = i;
    struct blob r = rec(b, 20);
    uint64_t h = 0;
    for (int i = 0; i < 12; i++) h = h * 1000003 + (uint64_t)r.v[i];
    pr_hex64("rec", h);
    put_str("fp_live "); put_f64bits(fp_live(1.25)); put_nl();
    uintptr_t sp;
    __asm__ volatile("mv %0, sp" : "=r"(sp));
    pr_u64("sp_aligned", (sp & 15) == 0);
    ck(h);
    return rt_status();
}

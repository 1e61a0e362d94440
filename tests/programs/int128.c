/* 128-bit integers: multiplication, division and modulo (libgcc __divti3,
 * __udivti3, __modti3, __umodti3), shifts by variable amounts, comparisons,
 * and decimal printing of 128-bit values (2^127-1, factorials up to 34!). */
#include "rt.h"

typedef unsigned __int128 u128;
typedef __int128 i128;

static void put_u128(u128 v)
{
    char t[40];
    int n = 0;
    do { t[n++] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    while (n) put_char(t[--n]);
}
static void put_i128(i128 v)
{
    if (v < 0) { put_char('-'); put_u128(-(u128)v); }
    else put_u128((u128)v);
}

static NOINLINE u128 shl(u128 v, unsigned s) { return v << s; }
static NOINLINE u128 shr(u128 v, unsigned s) { return v >> s; }
static NOINLINE i128 sar(i128 v, unsigned s) { return v >> s; }

int main(void)
{
    u128 f = 1;
    for (unsigned i = 1; i <= 34; i++) {
        f *= i;
        if (i % 6 == 4) { put_u64(i); put_str("! = "); put_u128(f); put_nl(); }
    }
    u128 max = ~(u128)0;
    i128 smax = (i128)(max >> 1), smin = -smax - 1;
    put_str("u128max "); put_u128(max); put_nl();
    put_str("i128max "); put_i128(smax); put_nl();
    put_str("i128min "); put_i128(smin); put_nl();
    static const int64_t ds[] = { 3, -3, 7, 1000000007, -2, 0x7fffffffffffffffLL };
    i128 num = (i128)OPAQUE(0x123456789abcdefLL) * OPAQUE(0x7edcba9876543210LL) + 12345;
    for (unsigned i = 0; i < ARRAY_LEN(ds); i++) {
        i128 q = num / ds[i], r = num % ds[i];
        i128 nq = -num / ds[i], nr = -num % ds[i];
        put_i128(q); put_char(' '); put_i128(r); put_char(' '); put_i128(nq); put_char(' '); put_i128(nr); put_nl();
        if (q * ds[i] + r != num) put_str("BAD\n");
    }
    u128 big = ((u128)OPAQUE(0xfedcba9876543210ULL) << 64) | OPAQUE(0x0123456789abcdefULL);
    u128 dv = ((u128)OPAQUE(3ULL) << 64) | OPAQUE(5ULL);
    put_u128(big / dv); put_char(' '); put_u128(big % dv); put_nl();
    uint64_t h = 0;
    for (unsigned s = 0; s < 128; s += 9) {
        h = h * 31 + (uint64_t)shl(big, s) + (uint64_t)(shl(big, s) >> 64);
        h = h * 31 + (uint64_t)shr(big, s) + (uint64_t)(shr(big, s) >> 64);
        h = h * 31 + (uint64_t)sar((i128)big, s) + (uint64_t)((u128)sar((i128)big, s) >> 64);
    }
    pr_hex64("shifts", h);
    pr_u64("cmp", (uint64_t)((big > dv) + 2 * ((i128)big < (i128)dv) + 4 * (smin < smax) + 8 * (max == (u128)-1)));
    ck(h);
    return rt_status();
}

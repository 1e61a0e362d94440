/* Bit tricks: popcount (several ways), clz/ctz by hand, bit reversal,
 * gray code round trip, parity, next power of two, isolate lowest bit. */
#include "rt.h"

static NOINLINE int popcount_loop(uint64_t x) { int n = 0; while (x) { n += (int)(x & 1); x >>= 1; } return n; }
static NOINLINE int popcount_kernighan(uint64_t x) { int n = 0; while (x) { x &= x - 1; n++; } return n; }
static NOINLINE int popcount_swar(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return (int)((x * 0x0101010101010101ULL) >> 56);
}
static NOINLINE int clz_hand(uint64_t x)
{
    if (!x) return 64;
    int n = 0;
    if (!(x >> 32)) { n += 32; x <<= 32; }
    if (!(x >> 48)) { n += 16; x <<= 16; }
    if (!(x >> 56)) { n += 8; x <<= 8; }
    if (!(x >> 60)) { n += 4; x <<= 4; }
    if (!(x >> 62)) { n += 2; x <<= 2; }
    if (!(x >> 63)) { n += 1; }
    return n;
}
static NOINLINE int ctz_hand(uint64_t x)
{
    if (!x) return 64;
    int n = 0;
    while (!(x & 1)) { x >>= 1; n++; }
    return n;
}
static NOINLINE uint64_t reverse_bits(uint64_t x)
{
    x = ((x >> 1) & 0x5555555555555555ULL) | ((x & 0x5555555555555555ULL) << 1);
    x = ((x >> 2) & 0x3333333333333333ULL) | ((x & 0x3333333333333333ULL) << 2);
    x = ((x >> 4) & 0x0f0f0f0f0f0f0f0fULL) | ((x & 0x0f0f0f0f0f0f0f0fULL) << 4);
    x = ((x >> 8) & 0x00ff00ff00ff00ffULL) | ((x & 0x00ff00ff00ff00ffULL) << 8);
    x = ((x >> 16) & 0x0000ffff0000ffffULL) | ((x & 0x0000ffff0000ffffULL) << 16);
    return (x >> 32) | (x << 32);
}
static NOINLINE uint64_t reverse_bits_loop(uint64_t x)
{
    uint64_t r = 0;
    for (int i = 0; i < 64; i++) { r = (r << 1) | (x & 1); x >>= 1; }
    return r;
}
static NOINLINE uint64_t bswap_hand(uint64_t x)
{
    uint64_t r = 0;
    for (int i = 0; i < 8; i++) { r = (r << 8) | (x & 0xff); x >>= 8; }
    return r;
}
static uint64_t to_gray(uint64_t x) { return x ^ (x >> 1); }
static NOINLINE uint64_t from_gray(uint64_t g)
{
    for (int s = 1; s < 64; s <<= 1)
        g ^= g >> s;
    return g;
}
static NOINLINE int parity(uint64_t x)
{
    x ^= x >> 32; x ^= x >> 16; x ^= x >> 8; x ^= x >> 4; x ^= x >> 2; x ^= x >> 1;
    return (int)(x & 1);
}
static NOINLINE uint64_t next_pow2(uint64_t x)
{
    if (x <= 1) return 1;
    x--;
    x |= x >> 1; x |= x >> 2; x |= x >> 4; x |= x >> 8; x |= x >> 16; x |= x >> 32;
    return x + 1;
}

int main(void)
{
    uint64_t x = 0x243f6a8885a308d3ULL;  /* pi digits as a seed */
    uint64_t h = 0;
    int bad = 0;
    for (int i = 0; i < 48; i++) {
        /* xorshift64 */
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        uint64_t v = x >> (i % 61);  /* vary the magnitude */
        if (i == 0) v = 0;
        if (i == 1) v = ~0ULL;
        if (i == 2) v = 1ULL << 63;
        int p1 = popcount_loop(v), p2 = popcount_kernighan(v), p3 = popcount_swar(v);
        int lz = clz_hand(v), tz = ctz_hand(v);
        uint64_t rv = reverse_bits(v);
        if (p1 != p2 || p2 != p3) bad |= 1;
        if (rv != reverse_bits_loop(v)) bad |= 2;
        if (from_gray(to_gray(v)) != v) bad |= 4;
        if (reverse_bits(rv) != v) bad |= 8;
        if (v && ctz_hand(rv) != lz) bad |= 16;
        if (parity(v) != (p1 & 1)) bad |= 32;
        put_hex64(v); put_char(' ');
        put_u64((uint64_t)p1); put_char(' ');
        put_u64((uint64_t)lz); put_char(' ');
        put_u64((uint64_t)tz); put_char(' ');
        put_hex64(rv); put_char(' ');
        put_hex64(to_gray(v)); put_char(' ');
        put_hex64(bswap_hand(v)); put_char(' ');
        put_hex(next_pow2(v >> 2)); put_char(' ');
        put_hex(v & -v); put_nl();
        h = h * 31 + (uint64_t)(p1 + lz * 64 + tz * 4096) + rv;
    }
    pr_u64("bad", (uint64_t)bad);
    pr_hex64("h", h);
    ck(h);
    return rt_status();
}

/* Pseudo-random generators: LCG (32/64), xorshift32/64/128+, splitmix64,
 * PCG32, a small Mersenne Twister (MT19937, 32-bit) and a histogram
 * of bounded draws (rejection sampling). */
#include "rt.h"

static uint32_t mt[624];
static int mti;
static void mt_seed(uint32_t s)
{
    mt[0] = s;
    for (mti = 1; mti < 624; mti++) mt[mti] = 1812433253u * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti;
}
static NOINLINE uint32_t mt_next(void)
{
    if (mti >= 624) {
        for (int k = 0; k < 624; k++) {
            uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % 624] & 0x7fffffffu);
            mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ (y & 1 ? 0x9908b0dfu : 0);
        }
        mti = 0;
    }
    uint32_t y = mt[mti++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}
static uint64_t sm_state = 0x0123456789abcdefULL;
static uint64_t splitmix(void)
{
    uint64_t z = (sm_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
static uint64_t xs128[2] = { 1, 2 };
static uint64_t xorshift128p(void)
{
    uint64_t s1 = xs128[0];
    const uint64_t s0 = xs128[1];
    xs128[0] = s0;
    s1 ^= s1 << 23;
    xs128[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
    return xs128[1] + s0;
}
static uint64_t pcg_state = 0x853c49e6748fea9bULL, pcg_inc = 0xda3e39cb94b95bdbULL;
static uint32_t pcg32(void)
{
    uint64_t old = pcg_state;
    pcg_state = old * 6364136223846793005ULL + pcg_inc;
    uint32_t xs = (uint32_t)(((old >> 18) ^ old) >> 27), rot = (uint32_t)(old >> 59);
    return (xs >> rot) | (xs << ((32 - rot) & 31));
}
static uint32_t bounded(uint32_t n)  /* unbiased via rejection */
{
    uint32_t lim = (uint32_t)(-n) % n;
    for (;;) { uint32_t r = pcg32(); if (r >= lim) return r % n; }
}

int main(void)
{
    uint32_t l32 = 1;
    uint64_t l64 = 1, x64 = 88172645463325252ULL;
    uint32_t x32 = 2463534242u;
    for (int i = 0; i < 1000; i++) {
        l32 = l32 * 1664525u + 1013904223u;
        l64 = l64 * 6364136223846793005ULL + 1442695040888963407ULL;
        x32 ^= x32 << 13; x32 ^= x32 >> 17; x32 ^= x32 << 5;
        x64 ^= x64 << 13; x64 ^= x64 >> 7; x64 ^= x64 << 17;
    }
    pr_hex32("lcg32", l32);
    pr_hex64("lcg64", l64);
    pr_hex32("xorshift32", x32);
    pr_hex64("xorshift64", x64);
    for (int i = 0; i < 5; i++) { put_hex64(splitmix()); put_char(' '); }
    put_nl();
    for (int i = 0; i < 5; i++) { put_hex64(xorshift128p()); put_char(' '); }
    put_nl();
    for (int i = 0; i < 5; i++) { put_hex32(pcg32()); put_char(' '); }
    put_nl();
    mt_seed(5489);
    pr_u64("mt19937_first", mt_next());  /* 3499211612 for the reference seed 5489 */
    uint32_t m = 0;
    for (int i = 1; i < 1000; i++) m = mt_next();
    pr_u64("mt19937_1000th", m);
    unsigned hist[10] = { 0 };
    for (int i = 0; i < 2000; i++) hist[bounded(10)]++;
    put_str("hist");
    for (int i = 0; i < 10; i++) { put_char(' '); put_u64(hist[i]); }
    put_nl();
    ck(m ^ l64 ^ x64);
    return rt_status();
}

/* Number theory: gcd/lcm, extended Euclid and modular inverses, modular
 * exponentiation with __int128 products, deterministic Miller-Rabin for
 * 64-bit numbers, Pollard rho factorisation, Euler's totient, CRT. */
#include "rt.h"

static uint64_t gcd(uint64_t a, uint64_t b) { while (b) { uint64_t t = a % b; a = b; b = t; } return a; }
static NOINLINE int64_t ext_gcd(int64_t a, int64_t b, int64_t *x, int64_t *y)
{
    if (!b) { *x = 1; *y = 0; return a; }
    int64_t x1, y1, g = ext_gcd(b, a % b, &x1, &y1);
    *x = y1;
    *y = x1 - (a / b) * y1;
    return g;
}
static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return (uint64_t)((unsigned __int128)a * b % m); }
static NOINLINE uint64_t powmod(uint64_t b, uint64_t e, uint64_t m)
{
    uint64_t r = 1 % m;
    b %= m;
    while (e) { if (e & 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e >>= 1; }
    return r;
}
static NOINLINE int is_prime(uint64_t n)
{
    if (n < 2) return 0;
    static const uint64_t small[] = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
    for (unsigned i = 0; i < ARRAY_LEN(small); i++) { if (n % small[i] == 0) return n == small[i]; }
    uint64_t d = n - 1;
    int s = 0;
    while (!(d & 1)) { d >>= 1; s++; }
    /* these seven bases are a deterministic test for all n < 2^64 */
    static const uint64_t bases[] = { 2, 325, 9375, 28178, 450775, 9780504, 1795265022 };
    for (unsigned i = 0; i < ARRAY_LEN(bases); i++) {
        uint64_t a = bases[i] % n;
        if (a == 0) continue;
        uint64_t x = powmod(a, d, n);
        if (x == 1 || x == n - 1) continue;
        int comp = 1;
        for (int r = 1; r < s; r++) { x = mulmod(x, x, n); if (x == n - 1) { comp = 0; break; } }
        if (comp) return 0;
    }
    return 1;
}
static NOINLINE uint64_t rho(uint64_t n)
{
    if (n % 2 == 0) return 2;
    for (uint64_t c = 1;; c++) {
        uint64_t x = 2, y = 2, d = 1;
        while (d == 1) {
            x = (mulmod(x, x, n) + c) % n;
            y = (mulmod(y, y, n) + c) % n;
            y = (mulmod(y, y, n) + c) % n;
            d = gcd(x > y ? x - y : y - x, n);
        }
        if (d != n) return d;
    }
}
static uint64_t totient(uint64_t n)
{
    uint64_t r = n;
    for (uint64_t p = 2; p * p <= n; p++)
        if (n % p == 0) { while (n % p == 0) n /= p; r -= r / p; }
    if (n > 1) r -= r / n;
    return r;
}

int main(void)
{
    pr_u64("gcd", gcd(1071, 462));
    pr_u64("lcm", 21 / gcd(21, 6) * 6);
    int64_t x, y;
    int64_t g = ext_gcd(240, 46, &x, &y);
    put_str("ext_gcd "); put_i64(g); put_char(' '); put_i64(x); put_char(' '); put_i64(y); put_nl();
    ext_gcd(17, 3120, &x, &y);
    pr_i64("inv17mod3120", (x % 3120 + 3120) % 3120);
    pr_u64("powmod", powmod(2, 1000000, 1000000007));
    pr_u64("fermat", powmod(123456789, 18446744073709551556ULL, 18446744073709551557ULL));
    static const uint64_t cands[] = { 1, 2, 97, 561, 7919, 1000000007, 4294967291ULL,
                                      4294967297ULL, 18446744073709551557ULL, 3825123056546413051ULL };
    for (unsigned i = 0; i < ARRAY_LEN(cands); i++) {
        put_u64(cands[i]); put_char(is_prime(cands[i]) ? 'P' : 'c'); put_char(' ');
    }
    put_nl();
    uint64_t n = 600851475143ULL, prod = 1;
    put_str("factors of 600851475143:");
    while (n > 1) {
        uint64_t f = is_prime(n) ? n : rho(n);
        while (!is_prime(f)) f = rho(f);
        put_char(' '); put_u64(f);
        n /= f;
        prod *= f;
    }
    put_nl();
    uint64_t semi = 1000003ULL * 998244353ULL;
    uint64_t f = rho(semi);
    put_str("rho "); put_u64(f < semi / f ? f : semi / f); put_char(' '); put_u64(f < semi / f ? semi / f : f); put_nl();
    pr_u64("phi(1000000)", totient(1000000));
    pr_u64("phi(999983)", totient(999983));
    /* CRT: x = 2 mod 3, 3 mod 5, 2 mod 7 */
    int64_t M = 105, r = 0;
    static const int64_t rem[] = { 2, 3, 2 }, mod[] = { 3, 5, 7 };
    for (int i = 0; i < 3; i++) {
        int64_t Mi = M / mod[i], inv, t;
        ext_gcd(Mi % mod[i], mod[i], &inv, &t);
        r = (r + rem[i] * Mi % M * ((inv % mod[i] + mod[i]) % mod[i])) % M;
    }
    pr_i64("crt", r);
    ck(prod ^ (uint64_t)r);
    return rt_status();
}

/* A tiny bignum: base-10^9 limbs; 50! and 2^300 in decimal, 100th Fibonacci
 * number, and a base-2^32 multiply cross-checked by conversion. */
#include "rt.h"

#define LIMBS 40
typedef struct { uint32_t d[LIMBS]; int n; } big;  /* little-endian base 1e9 */

static void big_set(big *b, uint32_t v) { b->n = 1; b->d[0] = v; }
static NOINLINE void big_mul_small(big *b, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->d[i] * m + carry;
        b->d[i] = (uint32_t)(t % 1000000000u);
        carry = t / 1000000000u;
    }
    while (carry) { b->d[b->n++] = (uint32_t)(carry % 1000000000u); carry /= 1000000000u; }
}
static NOINLINE void big_add(big *r, const big *a, const big *b)
{
    uint32_t carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) {
        uint32_t s = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        carry = s >= 1000000000u;
        r->d[i] = carry ? s - 1000000000u : s;
    }
    r->n = n;
    if (carry) r->d[r->n++] = 1;
}
static void big_print(const char *label, const big *b)
{
    put_str(label);
    put_char('=');
    put_u64(b->d[b->n - 1]);
    for (int i = b->n - 2; i >= 0; i--) {
        char t[9];
        uint32_t v = b->d[i];
        for (int k = 8; k >= 0; k--) { t[k] = (char)('0' + v % 10); v /= 10; }
        put_mem(t, 9);
    }
    put_nl();
    ck(b->d[0] ^ ((uint64_t)b->n << 32));
}

/* base 2^32 schoolbook multiply */
static NOINLINE int mul32(uint32_t *r, const uint32_t *a, int na, const uint32_t *b, int nb)
{
    for (int i = 0; i < na + nb; i++) r[i] = 0;
    for (int i = 0; i < na; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < nb; j++) {
            uint64_t t = (uint64_t)a[i] * b[j] + r[i + j] + carry;
            r[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r[i + nb] = (uint32_t)carry;
    }
    int n = na + nb;
    while (n > 1 && !r[n - 1]) n--;
    return n;
}
/* convert base 2^32 to base 1e9 by repeated division */
static NOINLINE void to_dec(big *out, const uint32_t *x, int n)
{
    uint32_t t[LIMBS];
    for (int i = 0; i < n; i++) t[i] = x[i];
    out->n = 0;
    while (n > 1 || t[0]) {
        uint64_t rem = 0;
        for (int i = n - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | t[i];
            t[i] = (uint32_t)(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        out->d[out->n++] = (uint32_t)rem;
        while (n > 1 && !t[n - 1]) n--;
    }
    if (!out->n) { out->n = 1; out->d[0] = 0; }
}

int main(void)
{
    big f;
    big_set(&f, 1);
    for (uint32_t i = 2; i <= 50; i++) {
        big_mul_small(&f, i);
        if (i % 10 == 0) { put_u64(i); big_print("!", &f); }
    }
    big p;
    big_set(&p, 1);
    for (int i = 0; i < 300; i++) big_mul_small(&p, 2);
    big_print("2^300", &p);
    big a, b, c;
    big_set(&a, 0);
    big_set(&b, 1);
    for (int i = 2; i <= 100; i++) { big_add(&c, &a, &b); a = b; b = c; }  /* struct copies */
    big_print("fib100", &b);
    /* (2^64-1)^2 * 3^40 via base 2^32, printed in decimal */
    uint32_t x[4] = { 0xffffffffu, 0xffffffffu }, y[4] = { 0xffffffffu, 0xffffffffu }, r[8], s[12];
    int nr = mul32(r, x, 2, y, 2);
    uint32_t three40[3] = { 0, 0, 0 };
    uint64_t t40 = 1;
    for (int i = 0; i < 40; i++) t40 *= 3;  /* 3^40 < 2^64 */
    three40[0] = (uint32_t)t40;
    three40[1] = (uint32_t)(t40 >> 32);
    int ns = mul32(s, r, nr, three40, 2);
    big d;
    to_dec(&d, s, ns);
    big_print("mul32", &d);
    return rt_status();
}

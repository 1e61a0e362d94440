/* C-level division and remainder: signs, widths, powers of two (which gcc
 * turns into shifts), constants (magic multiplies at -O2) and variables. */
#include "rt.h"

static const int64_t nums[] = { 0, 1, -1, 7, -7, 100, -100, 12345678901LL, -12345678901LL,
                                INT64_MAX, INT64_MIN + 1, 0x7fffffff, -0x80000000LL, 255, -256 };
static const int64_t dens[] = { 1, -1, 2, -2, 3, -3, 7, -7, 10, 16, -16, 1000, 0x10000, INT64_MAX, 65537 };

static NOINLINE int64_t sdiv(int64_t a, int64_t b) { return a / b; }
static NOINLINE int64_t srem(int64_t a, int64_t b) { return a % b; }
static NOINLINE uint64_t udiv(uint64_t a, uint64_t b) { return a / b; }
static NOINLINE uint64_t urem(uint64_t a, uint64_t b) { return a % b; }
static NOINLINE int32_t sdiv32(int32_t a, int32_t b) { return a / b; }
static NOINLINE int32_t srem32(int32_t a, int32_t b) { return a % b; }
static NOINLINE uint32_t udiv32(uint32_t a, uint32_t b) { return a / b; }
static NOINLINE uint32_t urem32(uint32_t a, uint32_t b) { return a % b; }
static NOINLINE int16_t sdiv16(int16_t a, int16_t b) { return (int16_t)(a / b); }
static NOINLINE uint8_t urem8(uint8_t a, uint8_t b) { return (uint8_t)(a % b); }

/* constant divisors: strength-reduced at -O2 */
static NOINLINE int64_t by_const(int64_t a)
{
    return a / 3 + a / 7 * 2 + a % 10 + a / 16 + a % 16 + a / -5 + (int64_t)((uint64_t)a / 3) + (int64_t)((uint64_t)a % 1000);
}
static NOINLINE int32_t by_const32(int32_t a)
{
    return a / 3 + a % 7 + a / 8 + a % 8 + (int32_t)((uint32_t)a / 10) + (int32_t)((uint32_t)a % 60);
}

int main(void)
{
    uint64_t h = 0;
    for (unsigned i = 0; i < ARRAY_LEN(nums); i++) {
        int64_t a = OPAQUE(nums[i]);
        for (unsigned j = 0; j < ARRAY_LEN(dens); j++) {
            int64_t b = OPAQUE(dens[j]);
            int64_t q = sdiv(a, b), r = srem(a, b);
            if (q * b + r != a)
                put_str("BAD identity\n");
            h = h * 131 + (uint64_t)q;
            h = h * 131 + (uint64_t)r;
            h = h * 131 + udiv((uint64_t)a, (uint64_t)b);
            h = h * 131 + urem((uint64_t)a, (uint64_t)b);
            int32_t a32 = (int32_t)a, b32 = (int32_t)b;
            if (b32 != 0 && !(a32 == INT32_MIN && b32 == -1)) {
                h = h * 131 + (uint64_t)(int64_t)sdiv32(a32, b32);
                h = h * 131 + (uint64_t)(int64_t)srem32(a32, b32);
            }
            if ((uint32_t)b != 0) {
                h = h * 131 + udiv32((uint32_t)a, (uint32_t)b);
                h = h * 131 + urem32((uint32_t)a, (uint32_t)b);
            }
            if ((int16_t)b != 0)
                h = h * 131 + (uint64_t)(int64_t)sdiv16((int16_t)a, (int16_t)b);
            if ((uint8_t)b != 0)
                h = h * 131 + urem8((uint8_t)a, (uint8_t)b);
            if (j < 6) {
                put_i64(a); put_char('/'); put_i64(b); put_str(" = ");
                put_i64(q); put_str(" r "); put_i64(r); put_str(" u ");
                put_u64(udiv((uint64_t)a, (uint64_t)b)); put_char(' ');
                put_u64(urem((uint64_t)a, (uint64_t)b)); put_nl();
            }
        }
        put_str("const "); put_i64(by_const(a)); put_char(' ');
        put_i64(by_const32((int32_t)a)); put_nl();
        ck(h);
    }
    pr_hex64("h", h);
    return rt_status();
}

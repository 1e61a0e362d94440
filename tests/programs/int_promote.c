/* C integer promotions and the usual arithmetic conversions, signed vs
 * unsigned comparisons, sign extension of narrow loads, narrowing casts. */
#include "rt.h"

#pragma GCC diagnostic ignored "-Wsign-compare"

static NOINLINE int cmp_mixed(int a, unsigned b) { return a < b; }           /* a converted to unsigned */
static NOINLINE int cmp_long_uint(long a, unsigned b) { return a < b; }      /* b converted to long */
static NOINLINE int cmp_char(signed char a, unsigned char b) { return a < b; } /* both promote to int */
static NOINLINE long widen_i8(int8_t x) { return x; }
static NOINLINE unsigned long widen_u8(uint8_t x) { return x; }
static NOINLINE long widen_i16(int16_t x) { return x; }
static NOINLINE unsigned long widen_u16(uint16_t x) { return x; }
static NOINLINE long widen_i32(int32_t x) { return x; }
static NOINLINE unsigned long widen_u32(uint32_t x) { return x; }
static NOINLINE int add_u8(uint8_t a, uint8_t b) { return a + b; }           /* no wrap: int */
static NOINLINE uint8_t add_u8_wrap(uint8_t a, uint8_t b) { return (uint8_t)(a + b); }
static NOINLINE unsigned mul_u16(uint16_t a, uint16_t b) { return (unsigned)a * b; }
static NOINLINE int neg_u8(uint8_t a) { return -a; }                         /* promoted: negative int */
static NOINLINE unsigned neg_u32(uint32_t a) { return -a; }
static NOINLINE long shr_i8(int8_t a, int s) { return a >> s; }
static NOINLINE unsigned long shr_u32(uint32_t a, int s) { return a >> s; }
static NOINLINE int64_t i32_to_i64_mul(int32_t a, int32_t b) { return (int64_t)a * b; }
static NOINLINE uint64_t u32_to_u64_mul(uint32_t a, uint32_t b) { return (uint64_t)a * b; }
static NOINLINE int32_t trunc_i32(int64_t x) { return (int32_t)x; }
static NOINLINE int16_t trunc_i16(int64_t x) { return (int16_t)x; }
static NOINLINE int8_t trunc_i8(int64_t x) { return (int8_t)x; }
static NOINLINE _Bool to_bool(uint64_t x) { return (_Bool)x; }
static NOINLINE unsigned ternary_mix(int c, int a, unsigned b) { return c ? a : b; }

int main(void)
{
    static const int32_t iv[] = { -1, 0, 1, -128, 127, 255, -32768, 65535, INT32_MIN, INT32_MAX };
    static const uint32_t uv[] = { 0, 1, 0x80, 0xff, 0x8000, 0xffff, 0x80000000u, 0xffffffffu };
    static const int64_t wide[] = { 0x123456789abcdef0LL, -1, 0x80, 0x7fff8000, -0x7fffffffffffffffLL - 1,
                                    0xff80, 0x180000000LL, 0x7fffffffffffffffLL };
    uint64_t h = 0;
    for (unsigned i = 0; i < ARRAY_LEN(iv); i++) {
        for (unsigned j = 0; j < ARRAY_LEN(uv); j++) {
            int32_t a = OPAQUE(iv[i]);
            uint32_t b = OPAQUE(uv[j]);
            int r = cmp_mixed(a, b) * 4 + cmp_long_uint(a, b) * 2 + cmp_char((signed char)a, (unsigned char)b);
            put_char((char)('0' + r));
            h = h * 7 + (uint64_t)r;
            h ^= (uint64_t)add_u8((uint8_t)a, (uint8_t)b) << 8;
            h += add_u8_wrap((uint8_t)a, (uint8_t)b);
            h = h * 3 + mul_u16((uint16_t)a, (uint16_t)b);
            h += (uint64_t)(int64_t)ternary_mix((int)(b & 1), a, b);
            h ^= (uint64_t)i32_to_i64_mul(a, (int32_t)b);
            h += u32_to_u64_mul((uint32_t)a, b);
        }
        put_nl();
    }
    pr_hex64("mix", h);
    ck(h);
    for (unsigned i = 0; i < ARRAY_LEN(iv); i++) {
        int32_t a = OPAQUE(iv[i]);
        put_hex64((uint64_t)widen_i8((int8_t)a)); put_char(' ');
        put_hex64(widen_u8((uint8_t)a)); put_char(' ');
        put_hex64((uint64_t)widen_i16((int16_t)a)); put_char(' ');
        put_hex64(widen_u16((uint16_t)a)); put_char(' ');
        put_hex64((uint64_t)widen_i32(a)); put_char(' ');
        put_hex64(widen_u32((uint32_t)a)); put_nl();
        put_i64(neg_u8((uint8_t)a)); put_char(' ');
        put_u64(neg_u32((uint32_t)a)); put_char(' ');
        put_i64(shr_i8((int8_t)a, 3)); put_char(' ');
        put_u64(shr_u32((uint32_t)a, 7)); put_nl();
        ck((uint64_t)widen_i16((int16_t)a));
    }
    for (unsigned i = 0; i < ARRAY_LEN(wide); i++) {
        int64_t x = OPAQUE(wide[i]);
        put_i64(trunc_i32(x)); put_char(' ');
        put_i64(trunc_i16(x)); put_char(' ');
        put_i64(trunc_i8(x)); put_char(' ');
        put_u64(to_bool(x)); put_char(' ');
        put_u64(to_bool((uint64_t)x & 0xffffffff00000000ULL)); put_nl();
        ck((uint64_t)trunc_i8(x));
    }
    /* char is unsigned on RISC-V Linux */
    char c = (char)OPAQUE(0xf0);
    pr_i64("plain_char", c);
    pr_i64("char_gt_127", c > 127);
    pr_u64("sizeof_long", sizeof(long));
    pr_u64("sizeof_ptr", sizeof(void *));
    pr_u64("sizeof_wchar_max", (uint64_t)__WCHAR_MAX__);
    return rt_status();
}

/* Integer arithmetic in every width (int8..int64, signed/unsigned):
 * + - * & | ^ ~ neg with wraparound, sign/zero extension, narrowing. */
#include "rt.h"

static const uint64_t vals[] = {
    0, 1, 2, 3, 100, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff,
    0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ULL,
    0x7fffffffffffffffULL, 0x8000000000000000ULL, 0xffffffffffffffffULL,
    0x123456789abcdef0ULL, 0xfedcba9876543210ULL, 0xdeadbeefULL, 0xfffffffffffffffeULL,
};
#define NV ARRAY_LEN(vals)

/* All arithmetic goes through uint64_t so that signed overflow is never UB;
 * the narrowing conversion back to T wraps (gcc documents modulo conversion). */
#define DEFINE_TEST(T, NAME)                                                   \
    static NOINLINE uint64_t test_##NAME(int verbose)                          \
    {                                                                          \
        uint64_t h = 0;                                                        \
        for (unsigned i = 0; i < NV; i++) {                                    \
            for (unsigned j = 0; j < NV; j++) {                                \
                T a = (T)OPAQUE(vals[i]);                                      \
                T b = (T)OPAQUE(vals[j]);                                      \
                T s = (T)((uint64_t)a + (uint64_t)b);                          \
                T d = (T)((uint64_t)a - (uint64_t)b);                          \
                T m = (T)((uint64_t)a * (uint64_t)b);                          \
                T x = (T)(a ^ b), o = (T)(a | b), n = (T)(a & b);              \
                T c = (T)~a, g = (T)(0 - (uint64_t)a);                         \
                int lt = a < b, le = a <= b, eq = a == b;                      \
                int64_t ws = (int64_t)s; /* sign/zero extension to 64 */       \
                h = h * 31 + (uint64_t)ws;                                     \
                h = h * 31 + (uint64_t)(int64_t)d;                             \
                h = h * 31 + (uint64_t)(int64_t)m;                             \
                h = h * 31 + (uint64_t)(int64_t)(T)(x + o + n);                \
                h = h * 31 + (uint64_t)(int64_t)c + (uint64_t)(int64_t)g;      \
                h = h * 31 + (uint64_t)(lt * 4 + le * 2 + eq);                 \
                if (verbose && j == i + 1) {                                   \
                    put_hexn((uint64_t)(int64_t)a, 16); put_char(' ');         \
                    put_hexn((uint64_t)(int64_t)b, 16); put_char(' ');         \
                    put_hexn((uint64_t)(int64_t)s, 16); put_char(' ');         \
                    put_hexn((uint64_t)(int64_t)d, 16); put_char(' ');         \
                    put_hexn((uint64_t)(int64_t)m, 16); put_char(' ');         \
                    put_u64((uint64_t)(lt * 4 + le * 2 + eq));                 \
                    put_nl();                                                  \
                }                                                              \
            }                                                                  \
        }                                                                      \
        return h;                                                              \
    }

DEFINE_TEST(int8_t, i8)
DEFINE_TEST(uint8_t, u8)
DEFINE_TEST(int16_t, i16)
DEFINE_TEST(uint16_t, u16)
DEFINE_TEST(int32_t, i32)
DEFINE_TEST(uint32_t, u32)
DEFINE_TEST(int64_t, i64)
DEFINE_TEST(uint64_t, u64)

int main(void)
{
    uint64_t h;
    put_str("i8\n");  h = test_i8(1);  pr_hex64("h_i8", h);  ck(h);
    put_str("u8\n");  h = test_u8(0);  pr_hex64("h_u8", h);  ck(h);
    put_str("i16\n"); h = test_i16(0); pr_hex64("h_i16", h); ck(h);
    put_str("u16\n"); h = test_u16(1); pr_hex64("h_u16", h); ck(h);
    put_str("i32\n"); h = test_i32(1); pr_hex64("h_i32", h); ck(h);
    put_str("u32\n"); h = test_u32(0); pr_hex64("h_u32", h); ck(h);
    put_str("i64\n"); h = test_i64(1); pr_hex64("h_i64", h); ck(h);
    put_str("u64\n"); h = test_u64(1); pr_hex64("h_u64", h); ck(h);
    return rt_status();
}

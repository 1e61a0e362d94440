/* Multiplication and its high parts: mul/mulw/mulh/mulhu/mulhsu via inline
 * asm, checked against __int128 arithmetic and a schoolbook 32x32 version. */
#include "rt.h"

#define OP(name, insn)                                                       \
    static NOINLINE uint64_t name(uint64_t a, uint64_t b)                    \
    {                                                                        \
        uint64_t r;                                                          \
        __asm__ volatile(insn " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));     \
        return r;                                                            \
    }
OP(a_mul, "mul")
OP(a_mulh, "mulh")
OP(a_mulhu, "mulhu")
OP(a_mulhsu, "mulhsu")
OP(a_mulw, "mulw")

static NOINLINE uint64_t c_mulh(int64_t a, int64_t b) { return (uint64_t)(((__int128)a * b) >> 64); }
static NOINLINE uint64_t c_mulhu(uint64_t a, uint64_t b) { return (uint64_t)(((unsigned __int128)a * b) >> 64); }
static NOINLINE uint64_t c_mulhsu(int64_t a, uint64_t b) { return (uint64_t)(((__int128)a * (__int128)b) >> 64); }

/* schoolbook unsigned high part using only 32x32->64 products */
static NOINLINE uint64_t school_mulhu(uint64_t a, uint64_t b)
{
    uint64_t al = (uint32_t)a, ah = a >> 32, bl = (uint32_t)b, bh = b >> 32;
    uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
    return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

static const uint64_t vals[] = {
    0, 1, 2, 0xffffffffffffffffULL, 0x8000000000000000ULL, 0x7fffffffffffffffULL,
    0xffffffffULL, 0x100000000ULL, 0x80000000ULL, 0xdeadbeefcafebabeULL, 0x0123456789abcdefULL,
    0xfffffffffffffffeULL, 3, 0x5555555555555555ULL, 0xaaaaaaaaaaaaaaaaULL,
};

int main(void)
{
    int bad = 0;
    uint64_t h = 0;
    for (unsigned i = 0; i < ARRAY_LEN(vals); i++) {
        for (unsigned j = 0; j < ARRAY_LEN(vals); j++) {
            uint64_t a = vals[i], b = vals[j];
            uint64_t lo = a_mul(a, b), hs = a_mulh(a, b), hu = a_mulhu(a, b), hsu = a_mulhsu(a, b);
            uint64_t w = a_mulw(a, b);
            if (lo != a * b) bad |= 1;
            if (hs != c_mulh((int64_t)a, (int64_t)b)) bad |= 2;
            if (hu != c_mulhu(a, b)) bad |= 4;
            if (hsu != c_mulhsu((int64_t)a, b)) bad |= 8;
            if (hu != school_mulhu(a, b)) bad |= 16;
            if (w != (uint64_t)(int64_t)(int32_t)(uint32_t)(a * b)) bad |= 32;
            h = (h ^ lo) * 0x100000001b3ULL;
            h = (h ^ hs) * 0x100000001b3ULL;
            h = (h ^ hu) * 0x100000001b3ULL;
            h = (h ^ hsu) * 0x100000001b3ULL;
            h = (h ^ w) * 0x100000001b3ULL;
            if (j == i || j == 3 || j == 4) {
                put_u64(i); put_char(','); put_u64(j); put_char(' ');
                put_hex64(lo); put_char(' ');
                put_hex64(hs); put_char(' ');
                put_hex64(hu); put_char(' ');
                put_hex64(hsu); put_char(' ');
                put_hex(w); put_nl();
            }
        }
    }
    pr_u64("bad", (uint64_t)bad);
    pr_hex64("h", h);
    /* 128-bit arithmetic through libgcc and inline code */
    unsigned __int128 p = (unsigned __int128)OPAQUE(0xfedcba9876543210ULL) * OPAQUE(0x0fedcba987654321ULL);
    unsigned __int128 q = p / OPAQUE(1000000007ULL);
    unsigned __int128 r = p % OPAQUE(1000000007ULL);
    pr_hex64("p_hi", (uint64_t)(p >> 64));
    pr_hex64("p_lo", (uint64_t)p);
    pr_hex64("q_hi", (uint64_t)(q >> 64));
    pr_hex64("q_lo", (uint64_t)q);
    pr_hex64("r", (uint64_t)r);
    __int128 s = -(__int128)p / OPAQUE((__int128)-12345);
    pr_hex64("s_hi", (uint64_t)((unsigned __int128)s >> 64));
    pr_hex64("s_lo", (uint64_t)s);
    ck(h);
    return rt_status() ^ bad;
}

/* fmin/fmax with NaNs, signalling NaNs and signed zeros (IEEE 754-2019
 * minimumNumber semantics as RISC-V specifies), fclass over a sweep of bit
 * patterns in both precisions, and a software classify that must agree. */
#include "fpu.h"

DEF_FFF(d_min, "fmin.d ft2, ft0, ft1")
DEF_FFF(d_max, "fmax.d ft2, ft0, ft1")
DEF_FFF(s_min, "fmin.s ft2, ft0, ft1")
DEF_FFF(s_max, "fmax.s ft2, ft0, ft1")
DEF_XF(d_class, "fclass.d %0, ft0")
DEF_XF(s_class, "fclass.s %0, ft0")

static unsigned soft_class_d(uint64_t b)
{
    int sign = (int)(b >> 63);
    uint64_t e = (b >> 52) & 0x7ff, m = b & 0xfffffffffffffULL;
    if (e == 0x7ff) {
        if (!m) return sign ? 1u << 0 : 1u << 7;
        return m >> 51 ? 1u << 9 : 1u << 8;
    }
    if (e == 0) {
        if (!m) return sign ? 1u << 3 : 1u << 4;
        return sign ? 1u << 2 : 1u << 5;
    }
    return sign ? 1u << 1 : 1u << 6;
}
static unsigned soft_class_s(uint32_t b)
{
    int sign = (int)(b >> 31);
    uint32_t e = (b >> 23) & 0xff, m = b & 0x7fffff;
    if (e == 0xff) {
        if (!m) return sign ? 1u << 0 : 1u << 7;
        return m >> 22 ? 1u << 9 : 1u << 8;
    }
    if (e == 0) {
        if (!m) return sign ? 1u << 3 : 1u << 4;
        return sign ? 1u << 2 : 1u << 5;
    }
    return sign ? 1u << 1 : 1u << 6;
}

int main(void)
{
    static const uint64_t dp[][2] = {
        { 0x0000000000000000ULL, 0x8000000000000000ULL }, { 0x8000000000000000ULL, 0x0000000000000000ULL },
        { 0x7ff8000000000000ULL, 0x3ff0000000000000ULL }, { 0x3ff0000000000000ULL, 0x7ff8000000000000ULL },
        { 0x7ff4000000000000ULL, 0x3ff0000000000000ULL }, { 0x3ff0000000000000ULL, 0xfff4000000000000ULL },
        { 0x7ff8000000000001ULL, 0x7ff4000000000000ULL }, { 0xfff8000000000000ULL, 0xfff8000000000000ULL },
        { 0xfff0000000000000ULL, 0x7ff0000000000000ULL }, { 0x0000000000000001ULL, 0x8000000000000001ULL },
        { 0x7ff8dead00000000ULL, 0xfff0000000000000ULL },
    };
    for (unsigned i = 0; i < ARRAY_LEN(dp); i++) {
        unsigned f1, f2;
        uint64_t mn = d_min(dp[i][0], dp[i][1], &f1), mx = d_max(dp[i][0], dp[i][1], &f2);
        put_str("d "); put_hexn(dp[i][0], 16); put_char(' '); put_hexn(dp[i][1], 16);
        put_str(" min="); put_hexn(mn, 16); put_char(' '); put_flags(f1);
        put_str(" max="); put_hexn(mx, 16); put_char(' '); put_flags(f2); put_nl();
        ck(mn ^ mx ^ f1 ^ f2);
    }
    static const uint32_t sp[][2] = {
        { 0x00000000, 0x80000000 }, { 0x80000000, 0x00000000 }, { 0x7fc00000, 0x3f800000 },
        { 0x3f800000, 0x7fc00000 }, { 0x7fa00000, 0x3f800000 }, { 0x3f800000, 0xffa00000 },
        { 0x7fc00001, 0x7fa00000 }, { 0xff800000, 0x7f800000 }, { 0x00000001, 0x80000001 },
    };
    for (unsigned i = 0; i < ARRAY_LEN(sp); i++) {
        unsigned f1, f2;
        uint64_t mn = s_min(BOX(sp[i][0]), BOX(sp[i][1]), &f1), mx = s_max(BOX(sp[i][0]), BOX(sp[i][1]), &f2);
        put_str("s "); put_hexn(sp[i][0], 8); put_char(' '); put_hexn(sp[i][1], 8);
        put_str(" min="); put_hexn(mn, 16); put_char(' '); put_flags(f1);
        put_str(" max="); put_hexn(mx, 16); put_char(' '); put_flags(f2); put_nl();
        ck(mn ^ mx ^ f1 ^ f2);
    }
    /* one unboxed operand: treated as canonical NaN, so the other is returned */
    unsigned fl;
    pr_hex64("unboxed_min", s_min(0x000000003f800000ULL, BOX(0x40000000), &fl));
    /* fclass sweep: walk exponent/mantissa corners of both formats */
    unsigned counts[10] = { 0 };
    int bad = 0;
    for (unsigned e = 0; e < 16; e++) {
        static const uint64_t exps[16] = { 0, 1, 2, 0x3fe, 0x3ff, 0x400, 0x7fd, 0x7fe, 0x7ff, 0x7ff, 0x7ff, 0x7ff, 0x200, 0x5ff, 0, 0 };
        static const uint64_t mans[4] = { 0, 1, 0x8000000000000ULL, 0xfffffffffffffULL };
        for (unsigned m = 0; m < 4; m++)
            for (unsigned s = 0; s < 2; s++) {
                uint64_t b = (uint64_t)s << 63 | exps[e] << 52 | mans[m];
                uint64_t c = d_class(b, &fl);
                if (c != soft_class_d(b) || fl) bad |= 1;
                for (int k = 0; k < 10; k++) counts[k] += (unsigned)(c >> k & 1);
                uint32_t sb = (uint32_t)s << 31 | (uint32_t)(exps[e] & 0xff) << 23 | (uint32_t)(mans[m] >> 29);
                uint64_t cs = s_class(BOX(sb), &fl);
                if (cs != soft_class_s(sb) || fl) bad |= 2;
                for (int k = 0; k < 10; k++) counts[k] += (unsigned)(cs >> k & 1);
            }
    }
    put_str("class_counts");
    for (int k = 0; k < 10; k++) { put_char(' '); put_u64(counts[k]); }
    put_nl();
    pr_u64("bad", (uint64_t)bad);
    pr_hex64("class_unboxed", s_class(0x123456783f800000ULL, &fl));
    return rt_status();
}

/* Self-check of the D-extension conversions: fcvt.{w,wu,l,lu}.d (every
 * static rounding mode, out-of-range saturation, NaN), fcvt.d.{w,wu,l,lu}
 * (including ignored upper bits of 32-bit sources), fcvt.s.d / fcvt.d.s,
 * with result bits and fflags. */
#include "fpu.h"

#define CVT_TO_INT(base, op)                                   \
    DEF_XF(base##_rne, op " %0, ft0, rne")                     \
    DEF_XF(base##_rtz, op " %0, ft0, rtz")                     \
    DEF_XF(base##_rdn, op " %0, ft0, rdn")                     \
    DEF_XF(base##_rup, op " %0, ft0, rup")                     \
    DEF_XF(base##_rmm, op " %0, ft0, rmm")                     \
    DEF_XF(base##_dyn, op " %0, ft0")
CVT_TO_INT(w_d, "fcvt.w.d")
CVT_TO_INT(wu_d, "fcvt.wu.d")
CVT_TO_INT(l_d, "fcvt.l.d")
CVT_TO_INT(lu_d, "fcvt.lu.d")

DEF_FX(d_w, "fcvt.d.w ft2, %2")
DEF_FX(d_wu, "fcvt.d.wu ft2, %2")
DEF_FX(d_l, "fcvt.d.l ft2, %2")
DEF_FX(d_lu, "fcvt.d.lu ft2, %2")
DEF_FX(d_l_rtz, "fcvt.d.l ft2, %2, rtz")
DEF_FX(d_lu_rup, "fcvt.d.lu ft2, %2, rup")
DEF_FF(s_d, "fcvt.s.d ft2, ft0")
DEF_FF(s_d_rtz, "fcvt.s.d ft2, ft0, rtz")
DEF_FF(s_d_rmm, "fcvt.s.d ft2, ft0, rmm")
DEF_FF(d_s, "fcvt.d.s ft2, ft0")

typedef uint64_t (*xf_fn)(uint64_t, unsigned *);

static const uint64_t CVT_IN[] = {
    0x0000000000000000ULL, 0x8000000000000000ULL, 0x3fe0000000000000ULL, /* 0.5 */
    0xbfe0000000000000ULL, 0x3ff8000000000000ULL, 0x4004000000000000ULL, /* 1.5, 2.5 */
    0xc004000000000000ULL, 0xbff0000000000000ULL, 0x3fefffffffffffffULL, /* -2.5, -1, 0.999.. */
    0x41dfffffffe00000ULL, /* 2^31 - 0.5 */ 0x41dfffffffc00000ULL, /* 2^31 - 1 */
    0x41e0000000000000ULL, /* 2^31 */ 0xc1e0000000000000ULL, /* -2^31 */
    0xc1e0000000100000ULL, /* -2^31 - 0.5 */ 0xc1e0000000200000ULL, /* -2^31 - 1 */
    0x41efffffffe00000ULL, /* 2^32 - 1 */ 0x41effffffff00000ULL, /* 2^32 - 0.5 */
    0x41f0000000000000ULL, /* 2^32 */ 0x43e0000000000000ULL, /* 2^63 */
    0xc3e0000000000000ULL, /* -2^63 */ 0x43dfffffffffffffULL, /* 2^63 - 1024 */
    0x43f0000000000000ULL, /* 2^64 */ 0x43efffffffffffffULL, /* 2^64 - 2048 */
    0x7fefffffffffffffULL, 0xffefffffffffffffULL, 0x7ff0000000000000ULL, 0xfff0000000000000ULL,
    0x7ff8000000000000ULL, 0xfff4000000000001ULL, 0x0000000000000001ULL, 0x800fffffffffffffULL,
};

static void to_int(const char *name, const xf_fn fns[6])
{
    static const char *rms[6] = { "rne", "rtz", "rdn", "rup", "rmm", "dyn" };
    for (int m = 0; m < 6; m++) {
        put_str(name);
        put_char('.');
        put_str(rms[m]);
        put_char(':');
        for (unsigned i = 0; i < ARRAY_LEN(CVT_IN); i++) {
            unsigned fl;
            uint64_t r = fns[m](CVT_IN[i], &fl);
            put_char(' ');
            put_hex(r);
            if (fl) { put_char('/'); put_hexn(fl, 2); }
            ck(r ^ fl);
        }
        put_nl();
    }
}

static const uint64_t INTS[] = {
    0, 1, 0xffffffffffffffffULL, 0x7fffffffULL, 0xffffffff80000000ULL, 0xffffffffULL,
    0x8000000000000000ULL, 0x7fffffffffffffffULL, 0x20000000000001ULL, 0x20000000000003ULL,
    0xdeadbeef00000005ULL, 0x00000001fffffffbULL, 0x123456789abcdef0ULL, 0xfffffffffffffc01ULL,
};

int main(void)
{
    xf_fn w[6] = { w_d_rne, w_d_rtz, w_d_rdn, w_d_rup, w_d_rmm, w_d_dyn };
    xf_fn wu[6] = { wu_d_rne, wu_d_rtz, wu_d_rdn, wu_d_rup, wu_d_rmm, wu_d_dyn };
    xf_fn l[6] = { l_d_rne, l_d_rtz, l_d_rdn, l_d_rup, l_d_rmm, l_d_dyn };
    xf_fn lu[6] = { lu_d_rne, lu_d_rtz, lu_d_rdn, lu_d_rup, lu_d_rmm, lu_d_dyn };
    to_int("fcvt.w.d", w);
    to_int("fcvt.wu.d", wu);
    to_int("fcvt.l.d", l);
    to_int("fcvt.lu.d", lu);
    static const struct { const char *n; xf_fn f; } from[] = {
        { "fcvt.d.w", d_w }, { "fcvt.d.wu", d_wu }, { "fcvt.d.l", d_l }, { "fcvt.d.lu", d_lu },
        { "fcvt.d.l.rtz", d_l_rtz }, { "fcvt.d.lu.rup", d_lu_rup },
    };
    for (unsigned k = 0; k < ARRAY_LEN(from); k++) {
        put_str(from[k].n);
        put_char(':');
        for (unsigned i = 0; i < ARRAY_LEN(INTS); i++) {
            unsigned fl;
            uint64_t r = from[k].f(INTS[i], &fl);
            put_char(' ');
            put_res(r, fl);
            ck(r ^ fl);
        }
        put_nl();
    }
    static const struct { const char *n; xf_fn f; } narrow[] = {
        { "fcvt.s.d", s_d }, { "fcvt.s.d.rtz", s_d_rtz }, { "fcvt.s.d.rmm", s_d_rmm },
    };
    static const uint64_t NARROW_IN[] = {
        0x3fd5555555555555ULL, 0x3ff0000010000000ULL, /* tie in single */ 0x3ff0000030000000ULL,
        0x47efffffefffffffULL, /* just below single max + half ulp */ 0x47efffffffffffffULL, /* overflows */
        0x36a0000000000000ULL, /* 2^-149 */ 0x3690000000000000ULL, /* 2^-150: tie to 0 */
        0x3698000000000000ULL, /* 1.5 * 2^-150 */ 0x380fffffffffffffULL, /* just below min normal */
    };
    for (unsigned k = 0; k < ARRAY_LEN(narrow); k++) {
        put_str(narrow[k].n);
        put_char(':');
        for (unsigned i = 0; i < ARRAY_LEN(D_VALS) + ARRAY_LEN(NARROW_IN); i++) {
            unsigned fl;
            uint64_t in = i < ARRAY_LEN(D_VALS) ? D_VALS[i] : NARROW_IN[i - ARRAY_LEN(D_VALS)];
            uint64_t r = narrow[k].f(in, &fl);
            put_char(' ');
            put_sym(r, fl, in, in, 32);
            ck(r ^ fl);
        }
        put_nl();
    }
    put_str("fcvt.d.s:");
    for (unsigned i = 0; i < ARRAY_LEN(S_VALS); i++) {
        unsigned fl;
        uint64_t r = d_s(BOX(S_VALS[i]), &fl);
        put_char(' ');
        put_res(r, fl);
        ck(r ^ fl);
    }
    /* not NaN-boxed inputs are treated as the canonical NaN */
    static const uint64_t unboxed[] = { 0x000000003f800000ULL, 0x7fffffff3f800000ULL, 0x3ff0000000000000ULL };
    for (unsigned i = 0; i < ARRAY_LEN(unboxed); i++) {
        unsigned fl;
        uint64_t r = d_s(unboxed[i], &fl);
        put_str(" u:");
        put_res(r, fl);
    }
    put_nl();
    return rt_status();
}

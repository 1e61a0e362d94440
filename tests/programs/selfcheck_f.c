/* Self-check of every F-extension instruction (arithmetic, fused
 * multiply-add, sqrt, sign injection, min/max, compares, fclass, moves,
 * loads/stores, conversions, and the fcsr/frm/fflags CSR accessors) via
 * inline asm on edge operands.  Operands are NaN-boxed singles; results are
 * shown as full 64-bit register patterns so the NaN-boxing of results shows. */
#include "fpu.h"

DEF_FFF(s_add, "fadd.s ft2, ft0, ft1")
DEF_FFF(s_sub, "fsub.s ft2, ft0, ft1")
DEF_FFF(s_mul, "fmul.s ft2, ft0, ft1")
DEF_FFF(s_div, "fdiv.s ft2, ft0, ft1")
DEF_FFF(s_min, "fmin.s ft2, ft0, ft1")
DEF_FFF(s_max, "fmax.s ft2, ft0, ft1")
DEF_FFF(s_sgnj, "fsgnj.s ft2, ft0, ft1")
DEF_FFF(s_sgnjn, "fsgnjn.s ft2, ft0, ft1")
DEF_FFF(s_sgnjx, "fsgnjx.s ft2, ft0, ft1")
DEF_XFF(s_eq, "feq.s %0, ft0, ft1")
DEF_XFF(s_lt, "flt.s %0, ft0, ft1")
DEF_XFF(s_le, "fle.s %0, ft0, ft1")
DEF_FFFF(s_madd, "fmadd.s ft3, ft0, ft1, ft2")
DEF_FFFF(s_msub, "fmsub.s ft3, ft0, ft1, ft2")
DEF_FFFF(s_nmsub, "fnmsub.s ft3, ft0, ft1, ft2")
DEF_FFFF(s_nmadd, "fnmadd.s ft3, ft0, ft1, ft2")
DEF_FFFF(s_madd_rup, "fmadd.s ft3, ft0, ft1, ft2, rup")
DEF_FF(s_sqrt, "fsqrt.s ft2, ft0")
DEF_FF(s_sqrt_rdn, "fsqrt.s ft2, ft0, rdn")
DEF_XF(s_class, "fclass.s %0, ft0")
DEF_XF(s_mvx, "fmv.x.w %0, ft0")
DEF_FX(s_mvw, "fmv.w.x ft2, %2")
DEF_XF(w_s, "fcvt.w.s %0, ft0")
DEF_XF(wu_s, "fcvt.wu.s %0, ft0")
DEF_XF(l_s, "fcvt.l.s %0, ft0")
DEF_XF(lu_s, "fcvt.lu.s %0, ft0")
DEF_XF(w_s_rtz, "fcvt.w.s %0, ft0, rtz")
DEF_XF(wu_s_rdn, "fcvt.wu.s %0, ft0, rdn")
DEF_XF(l_s_rmm, "fcvt.l.s %0, ft0, rmm")
DEF_XF(lu_s_rup, "fcvt.lu.s %0, ft0, rup")
DEF_FX(s_w, "fcvt.s.w ft2, %2")
DEF_FX(s_wu, "fcvt.s.wu ft2, %2")
DEF_FX(s_l, "fcvt.s.l ft2, %2")
DEF_FX(s_lu, "fcvt.s.lu ft2, %2")
DEF_FX(s_w_rtz, "fcvt.s.w ft2, %2, rtz")
DEF_FX(s_lu_rdn, "fcvt.s.lu ft2, %2, rdn")

#define NS ARRAY_LEN(S_VALS)

static void binary(const char *name, uint64_t (*f)(uint64_t, uint64_t, unsigned *), int compact)
{
    for (unsigned i = 0; i < NS; i++) {
        put_str(name);
        put_char(' ');
        put_hexn(i, 1);
        put_char(':');
        for (unsigned j = 0; j < NS; j++) {
            unsigned fl;
            uint64_t a = BOX(S_VALS[i]), b = BOX(S_VALS[j]);
            uint64_t r = f(a, b, &fl);
            put_char(' ');
            if (compact) {
                put_hexn(r, 1);
                put_hexn(fl, 2);
            } else {
                put_sym(r, fl, a, b, 32);
            }
            ck(r ^ ((uint64_t)fl << 59));
        }
        put_nl();
    }
}

static const uint32_t FMA[][3] = {
    { 0x3f800000, 0x3f800000, 0x3f800000 }, { 0x3eaaaaab, 0x40400000, 0xbf800000 },
    { 0x3f800001, 0x3f7fffff, 0xbf800000 }, { 0x7f7fffff, 0x40000000, 0xff7fffff },
    { 0x7f7fffff, 0x40000000, 0x00000000 }, { 0x7f800000, 0x00000000, 0x7fc00000 },
    { 0x7f800000, 0x00000000, 0x3f800000 }, { 0x7f800000, 0x3f800000, 0xff800000 },
    { 0x80000000, 0x3f800000, 0x00000000 }, { 0x3f800000, 0xbf800000, 0x3f800000 },
    { 0x00000001, 0x3f000000, 0x00000000 }, { 0x00800000, 0x3f7fffff, 0x00000000 },
    { 0x7fc00000, 0x3f800000, 0x3f800000 }, { 0x3f800000, 0x3f800000, 0x7fa00000 },
    { 0x4b800000, 0x3f800000, 0x3f800000 }, { 0x4b800000, 0x3f800000, 0x40400000 },
};

static const uint64_t CVT_IN[] = {
    BOX(0x00000000), BOX(0x80000000), BOX(0x3f000000), BOX(0xbf000000), BOX(0x3fc00000),
    BOX(0x40200000), BOX(0xc0200000), BOX(0x4effffff), BOX(0x4f000000), BOX(0xcf000000),
    BOX(0xcf000001), BOX(0x4f7fffff), BOX(0x4f800000), BOX(0x5effffff), BOX(0x5f000000),
    BOX(0xdf000000), BOX(0xdf000001), BOX(0x5f800000), BOX(0x7f800000), BOX(0xff800000),
    BOX(0x7fc00000), BOX(0xffa00001), BOX(0x00000001), BOX(0xbf7fffff),
};

static const uint64_t INTS[] = {
    0, 1, 0xffffffffffffffffULL, 0x7fffffffULL, 0xffffffff80000000ULL, 0xffffffffULL,
    0x8000000000000000ULL, 0x7fffffffffffffffULL, 0x1000001ULL, 0x1000003ULL,
    0xdeadbeef00000005ULL, 0x00000001fffffffbULL, 0x123456789abcdef0ULL, 0xffffffffff7fffffULL,
};

int main(void)
{
    binary("fadd.s", s_add, 0);
    binary("fsub.s", s_sub, 0);
    binary("fmul.s", s_mul, 0);
    binary("fdiv.s", s_div, 0);
    binary("fmin.s", s_min, 0);
    binary("fmax.s", s_max, 0);
    binary("fsgnj.s", s_sgnj, 0);
    binary("fsgnjn.s", s_sgnjn, 0);
    binary("fsgnjx.s", s_sgnjx, 0);
    binary("feq.s", s_eq, 1);
    binary("flt.s", s_lt, 1);
    binary("fle.s", s_le, 1);
    static const struct { const char *n; uint64_t (*f)(uint64_t, uint64_t, uint64_t, unsigned *); } fmas[] = {
        { "fmadd.s", s_madd }, { "fmsub.s", s_msub }, { "fnmsub.s", s_nmsub }, { "fnmadd.s", s_nmadd },
        { "fmadd.s.rup", s_madd_rup },
    };
    for (unsigned k = 0; k < ARRAY_LEN(fmas); k++) {
        put_str(fmas[k].n);
        put_char(':');
        for (unsigned i = 0; i < ARRAY_LEN(FMA); i++) {
            unsigned fl;
            uint64_t r = fmas[k].f(BOX(FMA[i][0]), BOX(FMA[i][1]), BOX(FMA[i][2]), &fl);
            put_char(' ');
            put_sym(r, fl, ~0ULL, ~0ULL, 32);
            ck(r + fl);
        }
        put_nl();
    }
    static const uint32_t extra[] = { 0x40000000, 0x40800000, 0x007fffff, 0x807fffff, 0xbf800000, 0x41200000 };
    put_str("fsqrt.s:");
    for (unsigned i = 0; i < NS + ARRAY_LEN(extra); i++) {
        unsigned fl, fl2;
        uint64_t v = BOX(i < NS ? S_VALS[i] : extra[i - NS]);
        uint64_t r = s_sqrt(v, &fl), r2 = s_sqrt_rdn(v, &fl2);
        put_char(' ');
        put_sym(r, fl, v, v, 32);
        if (r2 != r) { put_str("(rdn "); put_sym(r2, fl2, v, v, 32); put_char(')'); }
        ck(r ^ r2);
    }
    put_nl();
    put_str("fclass.s:");
    for (unsigned i = 0; i < NS + ARRAY_LEN(extra); i++) {
        unsigned fl;
        uint64_t r = s_class(BOX(i < NS ? S_VALS[i] : extra[i - NS]), &fl);
        put_char(' ');
        put_hex(r);
        if (fl) { put_char('/'); put_hexn(fl, 2); }
        ck(r);
    }
    put_nl();
    /* fmv.x.w sign-extends bit 31; fmv.w.x boxes */
    put_str("fmv.x.w/fmv.w.x:");
    for (unsigned i = 0; i < NS; i++) {
        unsigned f1, f2;
        uint64_t boxed = s_mvw(0x1234567800000000ULL | S_VALS[i], &f1);
        uint64_t x = s_mvx(boxed, &f2);
        put_char(' ');
        put_hexn(boxed, 16);
        put_char(',');
        put_hex(x);
        ck(boxed ^ x ^ f1 ^ f2);
    }
    put_nl();
    static const struct { const char *n; uint64_t (*f)(uint64_t, unsigned *); } toint[] = {
        { "fcvt.w.s", w_s }, { "fcvt.wu.s", wu_s }, { "fcvt.l.s", l_s }, { "fcvt.lu.s", lu_s },
        { "fcvt.w.s.rtz", w_s_rtz }, { "fcvt.wu.s.rdn", wu_s_rdn }, { "fcvt.l.s.rmm", l_s_rmm },
        { "fcvt.lu.s.rup", lu_s_rup },
    };
    for (unsigned k = 0; k < ARRAY_LEN(toint); k++) {
        put_str(toint[k].n);
        put_char(':');
        for (unsigned i = 0; i < ARRAY_LEN(CVT_IN); i++) {
            unsigned fl;
            uint64_t r = toint[k].f(CVT_IN[i], &fl);
            put_char(' ');
            put_hex(r);
            if (fl) { put_char('/'); put_hexn(fl, 2); }
            ck(r ^ fl);
        }
        put_nl();
    }
    static const struct { const char *n; uint64_t (*f)(uint64_t, unsigned *); } fromint[] = {
        { "fcvt.s.w", s_w }, { "fcvt.s.wu", s_wu }, { "fcvt.s.l", s_l }, { "fcvt.s.lu", s_lu },
        { "fcvt.s.w.rtz", s_w_rtz }, { "fcvt.s.lu.rdn", s_lu_rdn },
    };
    for (unsigned k = 0; k < ARRAY_LEN(fromint); k++) {
        put_str(fromint[k].n);
        put_char(':');
        for (unsigned i = 0; i < ARRAY_LEN(INTS); i++) {
            unsigned fl;
            uint64_t r = fromint[k].f(INTS[i], &fl);
            put_char(' ');
            put_sym(r, fl, ~0ULL, ~0ULL, 32);
            ck(r ^ fl);
        }
        put_nl();
    }
    /* flw / fsw: flw boxes, fsw stores the low 32 bits */
    static uint32_t mem[6] = { 0x3f800000u, 0xffc00001u, 0x12345678u };
    uint64_t r1, r2;
    __asm__ volatile("flw ft0, 4(%2)\n\tfmv.x.d %0, ft0\n\tfsw ft0, 12(%2)\n\taddi t0, %2, 24\n\t"
                     "flw ft1, -16(t0)\n\tfsw ft1, -4(t0)\n\tfmv.x.d %1, ft1"
                     : "=&r"(r1), "=&r"(r2) : "r"(mem) : "t0", "ft0", "ft1", "memory");
    pr_hex64("flw1", r1);
    pr_hex64("flw2", r2);
    pr_hex32("mem3", mem[3]);
    pr_hex32("mem5", mem[5]);
    /* CSR accessors: fcsr = frm << 5 | fflags */
    unsigned long a, b, c, d, e, f, g, h;
    __asm__ volatile(
        "fscsr %[a], %[in]\n\t"       /* swap: a = old fcsr */
        "frcsr %[b]\n\t"
        "fsrm %[c], %[rm]\n\t"        /* c = old frm */
        "frflags %[d]\n\t"
        "fsflagsi %[e], 0x15\n\t"     /* e = old fflags */
        "fsrmi %[f], 1\n\t"           /* f = old frm */
        "frcsr %[g]\n\t"
        "csrrci %[h], fcsr, 0x3\n\t"
        : [a] "=&r"(a), [b] "=&r"(b), [c] "=&r"(c), [d] "=&r"(d), [e] "=&r"(e), [f] "=&r"(f),
          [g] "=&r"(g), [h] "=&r"(h)
        : [in] "r"(0xffffff6bUL), [rm] "r"(0x4UL));
    pr_hex64("csr_a", a); pr_hex64("csr_b", b); pr_hex64("csr_c", c); pr_hex64("csr_d", d);
    pr_hex64("csr_e", e); pr_hex64("csr_f", f); pr_hex64("csr_g", g); pr_hex64("csr_h", h);
    pr_hex64("csr_now", get_fcsr());
    /* reserved rounding modes can be written and read back (just not used) */
    set_frm(7);
    pr_hex64("frm7", get_frm());
    pr_hex64("fcsr7", get_fcsr());
    unsigned long s1, s2;
    __asm__ volatile("csrrs %0, frm, %2\n\tcsrrw %1, fflags, zero" : "=&r"(s1), "=&r"(s2) : "r"(2UL));
    pr_hex64("csrrs_frm", s1);
    pr_hex64("csrrw_fflags", s2);
    set_fcsr(0);
    pr_hex64("fcsr_end", get_fcsr());
    return rt_status();
}

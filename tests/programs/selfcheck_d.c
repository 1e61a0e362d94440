/* Self-check of every D-extension instruction: each one executed via inline
 * asm on edge operands (signed zeros, subnormals, max, infinities, quiet and
 * signalling NaNs); prints result bit patterns and the fflags raised.
 * Conversions to/from integers and single precision: see also
 * selfcheck_d_cvt.c. */
#include "fpu.h"

DEF_FFF(d_add, "fadd.d ft2, ft0, ft1")
DEF_FFF(d_sub, "fsub.d ft2, ft0, ft1")
DEF_FFF(d_mul, "fmul.d ft2, ft0, ft1")
DEF_FFF(d_div, "fdiv.d ft2, ft0, ft1")
DEF_FFF(d_min, "fmin.d ft2, ft0, ft1")
DEF_FFF(d_max, "fmax.d ft2, ft0, ft1")
DEF_FFF(d_sgnj, "fsgnj.d ft2, ft0, ft1")
DEF_FFF(d_sgnjn, "fsgnjn.d ft2, ft0, ft1")
DEF_FFF(d_sgnjx, "fsgnjx.d ft2, ft0, ft1")
DEF_XFF(d_eq, "feq.d %0, ft0, ft1")
DEF_XFF(d_lt, "flt.d %0, ft0, ft1")
DEF_XFF(d_le, "fle.d %0, ft0, ft1")
DEF_FFFF(d_madd, "fmadd.d ft3, ft0, ft1, ft2")
DEF_FFFF(d_msub, "fmsub.d ft3, ft0, ft1, ft2")
DEF_FFFF(d_nmsub, "fnmsub.d ft3, ft0, ft1, ft2")
DEF_FFFF(d_nmadd, "fnmadd.d ft3, ft0, ft1, ft2")
DEF_FFFF(d_madd_rdn, "fmadd.d ft3, ft0, ft1, ft2, rdn")
DEF_FF(d_sqrt, "fsqrt.d ft2, ft0")
DEF_FF(d_sqrt_rup, "fsqrt.d ft2, ft0, rup")
DEF_XF(d_class, "fclass.d %0, ft0")
DEF_XF(d_mvx, "fmv.x.d %0, ft0")
DEF_FX(d_mvd, "fmv.d.x ft2, %2")

#define NV ARRAY_LEN(D_VALS)

static void binary(const char *name, uint64_t (*f)(uint64_t, uint64_t, unsigned *), int compact)
{
    for (unsigned i = 0; i < NV; i++) {
        put_str(name);
        put_char(' ');
        put_hexn(i, 1);
        put_char(':');
        uint64_t h = 0;
        for (unsigned j = 0; j < NV; j++) {
            unsigned fl;
            uint64_t r = f(D_VALS[i], D_VALS[j], &fl);
            put_char(' ');
            if (compact) {  /* comparisons: result bit and flags */
                put_hexn(r, 1);
                put_hexn(fl, 2);
            } else {
                put_sym(r, fl, D_VALS[i], D_VALS[j], 64);
            }
            h = (h ^ r ^ ((uint64_t)fl << 59)) * 0x100000001b3ULL;
        }
        put_nl();
        ck(h);
    }
}

/* a set of fma operand triples chosen for their corner cases */
static const uint64_t FMA[][3] = {
    { 0x3ff0000000000000ULL, 0x3ff0000000000000ULL, 0x3ff0000000000000ULL },  /* 1*1+1 */
    { 0x3fd5555555555555ULL, 0x4008000000000000ULL, 0xbff0000000000000ULL },  /* (1/3)*3-1: exact residue */
    { 0x3ff0000000000001ULL, 0x3fefffffffffffffULL, 0xbff0000000000000ULL },  /* (1+e)(1-e/2)-1 */
    { 0x7fefffffffffffffULL, 0x4000000000000000ULL, 0xffefffffffffffffULL },  /* max*2-max: no overflow */
    { 0x7fefffffffffffffULL, 0x4000000000000000ULL, 0x0000000000000000ULL },  /* overflow */
    { 0x7ff0000000000000ULL, 0x0000000000000000ULL, 0x7ff8000000000000ULL },  /* inf*0+qNaN: invalid */
    { 0x7ff0000000000000ULL, 0x0000000000000000ULL, 0x3ff0000000000000ULL },  /* inf*0+1 */
    { 0x7ff0000000000000ULL, 0x3ff0000000000000ULL, 0xfff0000000000000ULL },  /* inf-inf */
    { 0x8000000000000000ULL, 0x3ff0000000000000ULL, 0x0000000000000000ULL },  /* -0*1+0: sign of zero */
    { 0x3ff0000000000000ULL, 0xbff0000000000000ULL, 0x3ff0000000000000ULL },  /* 1*-1+1 = 0 */
    { 0x0000000000000001ULL, 0x3fe0000000000000ULL, 0x0000000000000000ULL },  /* subnormal underflow */
    { 0x0010000000000000ULL, 0x3fefffffffffffffULL, 0x0000000000000000ULL },  /* tiny result */
    { 0x7ff8000000000000ULL, 0x3ff0000000000000ULL, 0x3ff0000000000000ULL },  /* qNaN propagates as canonical */
    { 0x3ff0000000000000ULL, 0x3ff0000000000000ULL, 0x7ff4000000000000ULL },  /* sNaN addend */
    { 0x4340000000000000ULL, 0x3ff0000000000000ULL, 0x3ff0000000000000ULL },  /* 2^53 + 1: tie */
    { 0x4340000000000000ULL, 0x3ff0000000000000ULL, 0x4008000000000000ULL },  /* 2^53 + 3: tie up */
    { 0xc00921fb54442d18ULL, 0x400921fb54442d18ULL, 0x4023bd3cc9be45deULL },  /* -pi*pi + pi^2 */
};

int main(void)
{
    binary("fadd.d", d_add, 0);
    binary("fsub.d", d_sub, 0);
    binary("fmul.d", d_mul, 0);
    binary("fdiv.d", d_div, 0);
    binary("fmin.d", d_min, 0);
    binary("fmax.d", d_max, 0);
    binary("fsgnj.d", d_sgnj, 0);
    binary("fsgnjn.d", d_sgnjn, 0);
    binary("fsgnjx.d", d_sgnjx, 0);
    binary("feq.d", d_eq, 1);
    binary("flt.d", d_lt, 1);
    binary("fle.d", d_le, 1);
    static const struct { const char *n; uint64_t (*f)(uint64_t, uint64_t, uint64_t, unsigned *); } fmas[] = {
        { "fmadd.d", d_madd }, { "fmsub.d", d_msub }, { "fnmsub.d", d_nmsub }, { "fnmadd.d", d_nmadd },
        { "fmadd.d.rdn", d_madd_rdn },
    };
    for (unsigned k = 0; k < ARRAY_LEN(fmas); k++) {
        put_str(fmas[k].n);
        put_char(':');
        for (unsigned i = 0; i < ARRAY_LEN(FMA); i++) {
            unsigned fl;
            uint64_t r = fmas[k].f(FMA[i][0], FMA[i][1], FMA[i][2], &fl);
            put_char(' ');
            put_res(r, fl);
            ck(r + fl);
        }
        put_nl();
    }
    static const uint64_t extra[] = { 0x4000000000000000ULL, 0x4010000000000000ULL, 0x000fffffffffffffULL,
                                      0x800fffffffffffffULL, 0xbff0000000000000ULL, 0x4024000000000000ULL };
    put_str("fsqrt.d:");
    for (unsigned i = 0; i < NV + ARRAY_LEN(extra); i++) {
        unsigned fl;
        uint64_t v = i < NV ? D_VALS[i] : extra[i - NV];
        uint64_t r = d_sqrt(v, &fl);
        put_char(' ');
        put_res(r, fl);
        unsigned fl2;
        uint64_t r2 = d_sqrt_rup(v, &fl2);
        if (r2 != r) { put_str("(rup "); put_res(r2, fl2); put_char(')'); }
        ck(r ^ r2);
    }
    put_nl();
    put_str("fclass.d:");
    for (unsigned i = 0; i < NV + ARRAY_LEN(extra); i++) {
        unsigned fl;
        uint64_t r = d_class(i < NV ? D_VALS[i] : extra[i - NV], &fl);
        put_char(' ');
        put_hex(r);
        if (fl) { put_char('/'); put_hexn(fl, 2); }
        ck(r);
    }
    put_nl();
    put_str("fmv:");
    for (unsigned i = 0; i < NV; i++) {
        unsigned f1, f2;
        uint64_t r = d_mvx(d_mvd(D_VALS[i], &f1), &f2);
        put_char(' ');
        put_char(r == D_VALS[i] && !f1 && !f2 ? 'y' : 'n');
    }
    put_nl();
    /* fld / fsd with offsets, including negative ones */
    static uint64_t mem[8] = { 0x0123456789abcdefULL, 0xfff4000000000001ULL, 0x8000000000000000ULL, 0 };
    uint64_t out;
    __asm__ volatile("fld ft0, 8(%1)\n\tfsd ft0, 24(%1)\n\tfld ft1, 0(%1)\n\taddi t0, %1, 48\n\t"
                     "fsd ft1, -8(t0)\n\tfld ft2, -48(t0)\n\tfmv.x.d %0, ft2"
                     : "=r"(out) : "r"(mem) : "t0", "ft0", "ft1", "ft2", "memory");
    pr_hex64("fld_fsd", out);
    pr_hex64("mem3", mem[3]);
    pr_hex64("mem5", mem[5]);
    return rt_status();
}

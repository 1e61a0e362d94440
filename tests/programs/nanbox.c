/* NaN-boxing: a double written to an FP register and then used as a single
 * is not a valid boxed single, so single-precision operations see the
 * canonical NaN; moves and stores of the raw register (fmv.x.w, fsw) use
 * the low 32 bits; single results and flw/fmv.w.x always box. */
#include "fpu.h"

DEF_FFF(s_add, "fadd.s ft2, ft0, ft1")
DEF_FFF(s_sgnj, "fsgnj.s ft2, ft0, ft1")
DEF_FFF(s_sgnjx, "fsgnjx.s ft2, ft0, ft1")
DEF_FFF(s_max, "fmax.s ft2, ft0, ft1")
DEF_XFF(s_eq, "feq.s %0, ft0, ft1")
DEF_XFF(s_lt, "flt.s %0, ft0, ft1")
DEF_XF(s_class, "fclass.s %0, ft0")
DEF_XF(s_mvx, "fmv.x.w %0, ft0")
DEF_XF(s_cvt_w, "fcvt.w.s %0, ft0")
DEF_FF(d_s, "fcvt.d.s ft2, ft0")
DEF_FF(s_sqrt, "fsqrt.s ft2, ft0")
DEF_FFFF(s_madd, "fmadd.s ft3, ft0, ft1, ft2")

static const uint64_t REGS[] = {
    0xffffffff3f800000ULL,  /* boxed 1.0f */
    0x3ff0000000000000ULL,  /* the double 1.0: not boxed */
    0x000000003f800000ULL,  /* upper half zero: not boxed */
    0xfffffffe3f800000ULL,  /* almost boxed */
    0x7fffffff3f800000ULL,  /* almost boxed */
    0xffffffffbf800000ULL,  /* boxed -1.0f */
    0xffffffff7fa00000ULL,  /* boxed sNaN */
    0xc000000040000000ULL,  /* not boxed, sign bit set */
};

int main(void)
{
    uint64_t two = BOX(0x40000000);
    for (unsigned i = 0; i < ARRAY_LEN(REGS); i++) {
        uint64_t v = REGS[i];
        unsigned fl;
        put_hexn(v, 16);
        put_str(" add:"); put_res(s_add(v, two, &fl), fl);
        put_str(" sgnj:"); put_res(s_sgnj(two, v, &fl), fl);
        put_str(" sgnjx:"); put_res(s_sgnjx(v, two, &fl), fl);
        put_str(" max:"); put_res(s_max(v, two, &fl), fl);
        put_nl();
        put_str("  eq:"); put_res(s_eq(v, v, &fl), fl);
        put_str(" lt:"); put_res(s_lt(v, two, &fl), fl);
        put_str(" class:"); put_res(s_class(v, &fl), fl);
        put_str(" mvx:"); put_res(s_mvx(v, &fl), fl);
        put_str(" cvtw:"); put_res(s_cvt_w(v, &fl), fl);
        put_nl();
        put_str("  d.s:"); put_res(d_s(v, &fl), fl);
        put_str(" sqrt:"); put_res(s_sqrt(v, &fl), fl);
        put_str(" madd:"); put_res(s_madd(two, two, v, &fl), fl);
        put_nl();
    }
    /* fsw of an unboxed register stores its low 32 bits unchanged */
    static uint32_t m[4];
    uint64_t raw = 0x400921fb54442d18ULL;  /* pi as a double */
    uint64_t boxed_from_flw, boxed_from_mv, after_fcvt;
    __asm__ volatile("fmv.d.x ft0, %3\n\tfsw ft0, 0(%4)\n\tflw ft1, 0(%4)\n\tfmv.x.d %0, ft1\n\t"
                     "fmv.w.x ft2, %3\n\tfmv.x.d %1, ft2\n\tfcvt.s.d ft3, ft0\n\tfmv.x.d %2, ft3"
                     : "=&r"(boxed_from_flw), "=&r"(boxed_from_mv), "=&r"(after_fcvt)
                     : "r"(raw), "r"(m) : "ft0", "ft1", "ft2", "ft3", "memory");
    pr_hex32("fsw_low", m[0]);
    pr_hex64("flw_boxed", boxed_from_flw);
    pr_hex64("fmv_w_x_boxed", boxed_from_mv);
    pr_hex64("fcvt_s_d_boxed", after_fcvt);
    /* C: a union of float and double shares bits; reading the float reads the low half */
    union { double d; float f[2]; uint64_t u; } u;
    u.d = -2.0;
    put_str("union_floats "); put_f32bits(u.f[0]); put_char(' '); put_f32bits(u.f[1]); put_nl();
    /* compiler-generated single-precision code after a double in the same register class */
    volatile double vd = 3.0;
    volatile float vf = 0.5f;
    float r = (float)vd * vf + vf;
    put_str("mixed "); put_f32bits(r); put_nl();
    ck(m[0] ^ boxed_from_flw ^ boxed_from_mv ^ after_fcvt);
    return rt_status();
}

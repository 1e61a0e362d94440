/* Rounding modes: set frm with fsrm to each of RNE, RTZ, RDN, RUP, RMM and
 * run dynamic-rounding arithmetic (add, sub, mul, div, sqrt, fma, int->fp
 * and double->float conversions) on values that need rounding, plus the
 * static rounding-mode encodings which must ignore frm. */
#include "fpu.h"

DEF_FFF(d_add_dyn, "fadd.d ft2, ft0, ft1")
DEF_FFF(d_div_dyn, "fdiv.d ft2, ft0, ft1")
DEF_FFF(s_mul_dyn, "fmul.s ft2, ft0, ft1")
DEF_FFF(d_add_rne, "fadd.d ft2, ft0, ft1, rne")
DEF_FFF(d_add_rtz, "fadd.d ft2, ft0, ft1, rtz")
DEF_FFF(d_add_rdn, "fadd.d ft2, ft0, ft1, rdn")
DEF_FFF(d_add_rup, "fadd.d ft2, ft0, ft1, rup")
DEF_FFF(d_add_rmm, "fadd.d ft2, ft0, ft1, rmm")
DEF_FF(d_sqrt_dyn, "fsqrt.d ft2, ft0")
DEF_FF(s_d_dyn, "fcvt.s.d ft2, ft0")
DEF_FX(d_l_dyn, "fcvt.d.l ft2, %2")
DEF_FX(s_w_dyn, "fcvt.s.w ft2, %2")
DEF_XF(w_d_dyn, "fcvt.w.d %0, ft0")
DEF_XF(l_s_dyn, "fcvt.l.s %0, ft0")
DEF_FFFF(d_madd_dyn, "fmadd.d ft3, ft0, ft1, ft2")

static const char *RM[5] = { "rne", "rtz", "rdn", "rup", "rmm" };

/* C arithmetic between volatile loads and stores under the current frm */
static NOINLINE void c_level(void)
{
    static volatile double a = 1.0, b = 3.0, c = -2.0, d = 0.1;
    static volatile float fa = 1.0f, fb = 3.0f;
    static volatile int64_t big = 0x7ffffffffffffc01LL;
    static volatile double out[8];
    static volatile float fout[3];
    out[0] = a / b;
    out[1] = c / b;
    out[2] = d * b;
    out[3] = d + b * 1e-17;
    out[4] = (double)big;
    out[5] = (double)(float)(a / b);
    out[6] = a - d * 3;
    out[7] = -(a / b);
    fout[0] = fa / fb;
    fout[1] = -fa / fb;
    fout[2] = (float)(d * 7);
    for (int i = 0; i < 8; i++) { put_char(' '); put_hexn(f64_bits(out[i]), 16); }
    for (int i = 0; i < 3; i++) { put_char(' '); put_hexn(f32_bits(fout[i]), 8); }
}

int main(void)
{
    static const uint64_t pairs[][2] = {
        { 0x3ff0000000000000ULL, 0x3ca0000000000000ULL },  /* 1 + 2^-53: tie */
        { 0x3ff0000000000000ULL, 0x3ca8000000000000ULL },  /* 1 + 1.5*2^-53 */
        { 0xbff0000000000000ULL, 0xbca0000000000000ULL },  /* negative tie */
        { 0x3ff0000000000001ULL, 0x3ca0000000000000ULL },  /* odd + half ulp */
        { 0x7fefffffffffffffULL, 0x7ca0000000000000ULL },  /* max + half ulp: overflow? */
        { 0x3ff0000000000000ULL, 0xbff0000000000000ULL },  /* exact zero: sign depends on rdn */
    };
    for (unsigned m = 0; m < 5; m++) {
        set_frm(m);
        put_str(RM[m]);
        put_str(" frm="); put_u64(get_frm()); put_nl();
        put_str(" add:");
        for (unsigned i = 0; i < ARRAY_LEN(pairs); i++) {
            unsigned fl;
            put_char(' ');
            put_res(d_add_dyn(pairs[i][0], pairs[i][1], &fl), fl);
        }
        put_nl();
        unsigned fl;
        put_str(" div:");
        put_char(' '); put_res(d_div_dyn(0x3ff0000000000000ULL, 0x4008000000000000ULL, &fl), fl);
        put_char(' '); put_res(d_div_dyn(0xbff0000000000000ULL, 0x4008000000000000ULL, &fl), fl);
        put_char(' '); put_res(d_div_dyn(0x7fefffffffffffffULL, 0x3fe0000000000000ULL, &fl), fl);
        put_char(' '); put_res(d_div_dyn(0x0000000000000003ULL, 0x4000000000000000ULL, &fl), fl);
        put_nl();
        put_str(" mul.s:");
        put_char(' '); put_res(s_mul_dyn(BOX(0x3eaaaaab), BOX(0x40400000), &fl), fl);
        put_char(' '); put_res(s_mul_dyn(BOX(0xbf800001), BOX(0x3f800001), &fl), fl);
        put_char(' '); put_res(s_mul_dyn(BOX(0x00000001), BOX(0x3f000000), &fl), fl);
        put_char(' '); put_res(s_mul_dyn(BOX(0x80000003), BOX(0x3f000000), &fl), fl);
        put_nl();
        put_str(" sqrt:");
        put_char(' '); put_res(d_sqrt_dyn(0x4000000000000000ULL, &fl), fl);
        put_char(' '); put_res(d_sqrt_dyn(0x4008000000000000ULL, &fl), fl);
        put_nl();
        put_str(" fma:");
        put_char(' '); put_res(d_madd_dyn(0x3fd5555555555555ULL, 0x4008000000000000ULL, 0xbff0000000000000ULL, &fl), fl);
        put_char(' '); put_res(d_madd_dyn(0x3ff0000000000000ULL, 0xbff0000000000000ULL, 0x3ff0000000000000ULL, &fl), fl);
        put_nl();
        put_str(" cvt:");
        put_char(' '); put_res(s_d_dyn(0x3fd5555555555555ULL, &fl), fl);
        put_char(' '); put_res(s_d_dyn(0xbfd5555555555555ULL, &fl), fl);
        put_char(' '); put_res(d_l_dyn(0x7fffffffffffffffULL, &fl), fl);
        put_char(' '); put_res(d_l_dyn(0x8000000000000001ULL, &fl), fl);
        put_char(' '); put_res(s_w_dyn(0x7fffffc1ULL, &fl), fl);
        put_char(' '); put_res(w_d_dyn(0xc004000000000000ULL, &fl), fl);  /* -2.5 */
        put_char(' '); put_res(w_d_dyn(0x4006000000000000ULL, &fl), fl);  /* 2.75 */
        put_char(' '); put_res(l_s_dyn(BOX(0xbfc00000), &fl), fl);       /* -1.5 */
        put_nl();
        put_str(" c:");
        c_level();
        put_nl();
    }
    set_frm(0);
    /* static rounding modes ignore frm: run with frm = RUP */
    set_frm(3);
    static const struct { const char *n; uint64_t (*f)(uint64_t, uint64_t, unsigned *); } st[] = {
        { "rne", d_add_rne }, { "rtz", d_add_rtz }, { "rdn", d_add_rdn }, { "rup", d_add_rup }, { "rmm", d_add_rmm },
    };
    for (unsigned k = 0; k < ARRAY_LEN(st); k++) {
        put_str("static_");
        put_str(st[k].n);
        put_char(':');
        for (unsigned i = 0; i < ARRAY_LEN(pairs); i++) {
            unsigned fl;
            uint64_t r = st[k].f(pairs[i][0], pairs[i][1], &fl);
            put_char(' ');
            put_res(r, fl);
            ck(r ^ fl);
        }
        put_nl();
    }
    pr_hex64("frm_still", get_frm());
    /* fsrmi / frrm round trip */
    unsigned long old, now;
    __asm__ volatile("fsrmi %0, 2\n\tfrrm %1" : "=&r"(old), "=&r"(now));
    pr_hex64("fsrmi_old", old);
    pr_hex64("fsrmi_new", now);
    set_fcsr(0);
    return rt_status();
}

/* Floating-point exception flags: which flag every kind of operation
 * raises, that flags accumulate (sticky) until cleared, and the CSR
 * read/set/clear forms on fflags (frflags, fsflags, fsflagsi, csrrs,
 * csrrc, csrrsi, csrrci). */
#include "fpu.h"

/* run one asm body with fflags cleared first; print the flags afterwards.
 * Operand %0 is the flags output, so the body's inputs are %1, %2, %3. */
#define STEP(label, body, ...)                                                    \
    do {                                                                          \
        unsigned long _f;                                                         \
        __asm__ volatile("fsflags zero\n\t" body "\n\tfrflags %0"                 \
                         : "=r"(_f) : __VA_ARGS__ : "ft0", "ft1", "ft2", "ft3", "t0"); \
        put_str(label);                                                           \
        put_char(' ');                                                            \
        put_flags((unsigned)_f);                                                  \
        put_nl();                                                                 \
        ck(_f);                                                                   \
    } while (0)

int main(void)
{
    uint64_t one = 0x3ff0000000000000ULL, zero = 0, three = 0x4008000000000000ULL;
    uint64_t maxd = 0x7fefffffffffffffULL, mind = 0x0010000000000000ULL, sub = 1;
    uint64_t qnan = 0x7ff8000000000000ULL, snan = 0x7ff4000000000000ULL, inf = 0x7ff0000000000000ULL;
    uint64_t negone = 0xbff0000000000000ULL, big = 0x41f0000000000000ULL; /* 2^32 */
    uint64_t sqnan = BOX(0x7fc00000), ssnan = BOX(0x7fa00000), sone = BOX(0x3f800000);

    STEP("exact_add", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfadd.d ft2, ft0, ft1", "r"(one), "r"(one));
    STEP("inexact_div", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfdiv.d ft2, ft0, ft1", "r"(one), "r"(three));
    STEP("div_by_zero", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfdiv.d ft2, ft0, ft1", "r"(one), "r"(zero));
    STEP("zero_div_zero", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfdiv.d ft2, ft0, ft1", "r"(zero), "r"(zero));
    STEP("inf_div_zero", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfdiv.d ft2, ft0, ft1", "r"(inf), "r"(zero));
    STEP("overflow", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfmul.d ft2, ft0, ft1", "r"(maxd), "r"(maxd));
    STEP("underflow", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfmul.d ft2, ft0, ft1", "r"(mind), "r"(0x3fd5555555555555ULL));
    STEP("exact_subnormal", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfmul.d ft2, ft0, ft1", "r"(mind), "r"(0x3fe0000000000000ULL));
    STEP("subnormal_times_one", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfmul.d ft2, ft0, ft1", "r"(sub), "r"(one));
    STEP("sqrt_neg", "fmv.d.x ft0, %1\n\tfsqrt.d ft2, ft0", "r"(negone));
    STEP("sqrt_neg_zero", "fmv.d.x ft0, %1\n\tfsqrt.d ft2, ft0", "r"(0x8000000000000000ULL));
    STEP("inf_minus_inf", "fmv.d.x ft0, %1\n\tfsub.d ft2, ft0, ft0", "r"(inf));
    STEP("inf_times_zero", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfmul.d ft2, ft0, ft1", "r"(inf), "r"(zero));
    STEP("qnan_add", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfadd.d ft2, ft0, ft1", "r"(qnan), "r"(one));
    STEP("snan_add", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfadd.d ft2, ft0, ft1", "r"(snan), "r"(one));
    STEP("feq_qnan", "fmv.d.x ft0, %1\n\tfeq.d t0, ft0, ft0", "r"(qnan));
    STEP("feq_snan", "fmv.d.x ft0, %1\n\tfeq.d t0, ft0, ft0", "r"(snan));
    STEP("flt_qnan", "fmv.d.x ft0, %1\n\tflt.d t0, ft0, ft0", "r"(qnan));
    STEP("fle_qnan", "fmv.d.x ft0, %1\n\tfle.d t0, ft0, ft0", "r"(qnan));
    STEP("fmin_qnan", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfmin.d ft2, ft0, ft1", "r"(qnan), "r"(one));
    STEP("fmax_snan", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfmax.d ft2, ft0, ft1", "r"(snan), "r"(one));
    STEP("fsgnj_snan", "fmv.d.x ft0, %1\n\tfsgnjn.d ft2, ft0, ft0", "r"(snan));
    STEP("fclass_snan", "fmv.d.x ft0, %1\n\tfclass.d t0, ft0", "r"(snan));
    STEP("fmv_snan", "fmv.d.x ft0, %1\n\tfmv.x.d t0, ft0", "r"(snan));
    STEP("fcvt_w_inexact", "fmv.d.x ft0, %1\n\tfcvt.w.d t0, ft0, rtz", "r"(0x3ff8000000000000ULL));
    STEP("fcvt_w_overflow", "fmv.d.x ft0, %1\n\tfcvt.w.d t0, ft0, rtz", "r"(big));
    STEP("fcvt_wu_negative", "fmv.d.x ft0, %1\n\tfcvt.wu.d t0, ft0, rtz", "r"(negone));
    STEP("fcvt_wu_neg_small", "fmv.d.x ft0, %1\n\tfcvt.wu.d t0, ft0, rtz", "r"(0xbfe0000000000000ULL));
    STEP("fcvt_l_nan", "fmv.d.x ft0, %1\n\tfcvt.l.d t0, ft0", "r"(qnan));
    STEP("fcvt_d_l_inexact", "fcvt.d.l ft2, %1", "r"(0x7fffffffffffffffLL));
    STEP("fcvt_s_w_inexact", "fcvt.s.w ft2, %1", "r"(0x7fffffffL));
    STEP("fcvt_s_d_overflow", "fmv.d.x ft0, %1\n\tfcvt.s.d ft2, ft0", "r"(maxd));
    STEP("fcvt_s_d_underflow", "fmv.d.x ft0, %1\n\tfcvt.s.d ft2, ft0", "r"(mind));
    STEP("fcvt_d_s_snan", "fmv.d.x ft0, %1\n\tfcvt.d.s ft2, ft0", "r"(ssnan));
    STEP("fcvt_d_s_qnan", "fmv.d.x ft0, %1\n\tfcvt.d.s ft2, ft0", "r"(sqnan));
    STEP("fadd_s_snan", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfadd.s ft2, ft0, ft1", "r"(ssnan), "r"(sone));
    STEP("fmadd_inf_zero_qnan", "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfmv.d.x ft2, %3\n\tfmadd.d ft3, ft0, ft1, ft2",
         "r"(inf), "r"(zero), "r"(qnan));
    /* accumulation: flags are sticky across several operations */
    STEP("sticky_nx_dz_of",
         "fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfdiv.d ft2, ft0, ft1\n\tfmv.d.x ft1, zero\n\t"
         "fdiv.d ft2, ft0, ft1\n\tfmv.d.x ft0, %3\n\tfadd.d ft2, ft0, ft0\n\tfadd.d ft2, ft1, ft1",
         "r"(one), "r"(three), "r"(maxd));
    /* CSR forms on fflags */
    unsigned long a, b, c, d, e, f, g;
    __asm__ volatile(
        "fsflagsi 0x1f\n\t"
        "frflags %0\n\t"
        "csrrc %1, fflags, %7\n\t"      /* clear NV|OF, old -> b */
        "csrrs %2, fflags, %8\n\t"      /* set UF, old -> c */
        "csrrci %3, fflags, 1\n\t"
        "csrrsi %4, fflags, 0x10\n\t"
        "fsflags %5, zero\n\t"          /* swap with zero, old -> f */
        "frflags %6\n\t"
        : "=&r"(a), "=&r"(b), "=&r"(c), "=&r"(d), "=&r"(e), "=&r"(f), "=&r"(g)
        : "r"(0x14UL), "r"(0x2UL));
    put_str("csr");
    put_char(' '); put_flags((unsigned)a); put_char(' '); put_flags((unsigned)b);
    put_char(' '); put_flags((unsigned)c); put_char(' '); put_flags((unsigned)d);
    put_char(' '); put_flags((unsigned)e); put_char(' '); put_flags((unsigned)f);
    put_char(' '); put_flags((unsigned)g); put_nl();
    /* fflags is the low 5 bits of fcsr; frm bits are untouched by fsflags */
    set_fcsr(0x80);  /* frm = 4 (rmm) */
    set_fflags(0xff);
    pr_hex64("fcsr_after_fsflags", get_fcsr());
    set_fcsr(0);
    /* C-level: a division by zero in C also just sets the flag */
    volatile double vz = 0.0, vo = 1.0;
    set_fflags(0);
    volatile double r = vo / vz;
    (void)r;
    put_str("c_div_zero "); put_flags(get_fflags()); put_nl();
    return rt_status();
}

/*
 * fpu.h - helpers for the floating-point test programs (include after rt.h).
 *
 * Every FP instruction under test runs inside one asm statement that loads
 * its operands from integer registers as raw 64-bit register patterns
 * (fmv.d.x, so single-precision operands are given NaN-boxed - or
 * deliberately not), clears fflags, executes the instruction, reads fflags
 * and moves the full 64-bit result register back (fmv.x.d).  So results are
 * exact bit patterns, NaN-boxing of single-precision results is visible, and
 * the compiler cannot reorder or fold anything.
 */
#ifndef GROUNDUP_FPU_H
#define GROUNDUP_FPU_H

#include "rt.h"

/* NaN-box a single-precision bit pattern into a 64-bit register pattern. */
#define BOX(x) (0xffffffff00000000ULL | (uint32_t)(x))

/* f <- op(f, f)        e.g. DEF_FFF(d_add, "fadd.d ft2, ft0, ft1") */
#define DEF_FFF(fn, text)                                                       \
    static NOINLINE uint64_t fn(uint64_t a, uint64_t b, unsigned *fl)          \
    {                                                                           \
        uint64_t r, f;                                                          \
        __asm__ volatile("fmv.d.x ft0, %2\n\tfmv.d.x ft1, %3\n\tfsflags zero\n\t" \
                         text "\n\tfrflags %1\n\tfmv.x.d %0, ft2"               \
                         : "=&r"(r), "=&r"(f) : "r"(a), "r"(b) : "ft0", "ft1", "ft2"); \
        *fl = (unsigned)f;                                                      \
        return r;                                                               \
    }

/* f <- op(f, f, f)     e.g. DEF_FFFF(d_madd, "fmadd.d ft3, ft0, ft1, ft2") */
#define DEF_FFFF(fn, text)                                                      \
    static NOINLINE uint64_t fn(uint64_t a, uint64_t b, uint64_t c, unsigned *fl) \
    {                                                                           \
        uint64_t r, f;                                                          \
        __asm__ volatile("fmv.d.x ft0, %2\n\tfmv.d.x ft1, %3\n\tfmv.d.x ft2, %4\n\t" \
                         "fsflags zero\n\t" text "\n\tfrflags %1\n\tfmv.x.d %0, ft3" \
                         : "=&r"(r), "=&r"(f) : "r"(a), "r"(b), "r"(c)          \
                         : "ft0", "ft1", "ft2", "ft3");                         \
        *fl = (unsigned)f;                                                      \
        return r;                                                               \
    }

/* f <- op(f)           e.g. DEF_FF(d_sqrt, "fsqrt.d ft2, ft0") */
#define DEF_FF(fn, text)                                                        \
    static NOINLINE uint64_t fn(uint64_t a, unsigned *fl)                       \
    {                                                                           \
        uint64_t r, f;                                                          \
        __asm__ volatile("fmv.d.x ft0, %2\n\tfsflags zero\n\t" text             \
                         "\n\tfrflags %1\n\tfmv.x.d %0, ft2"                    \
                         : "=&r"(r), "=&r"(f) : "r"(a) : "ft0", "ft2");         \
        *fl = (unsigned)f;                                                      \
        return r;                                                               \
    }

/* x <- op(f, f)        e.g. DEF_XFF(d_eq, "feq.d %0, ft0, ft1") */
#define DEF_XFF(fn, text)                                                       \
    static NOINLINE uint64_t fn(uint64_t a, uint64_t b, unsigned *fl)          \
    {                                                                           \
        uint64_t r, f;                                                          \
        __asm__ volatile("fmv.d.x ft0, %2\n\tfmv.d.x ft1, %3\n\tfsflags zero\n\t" \
                         text "\n\tfrflags %1"                                  \
                         : "=&r"(r), "=&r"(f) : "r"(a), "r"(b) : "ft0", "ft1"); \
        *fl = (unsigned)f;                                                      \
        return r;                                                               \
    }

/* x <- op(f)           e.g. DEF_XF(d_cvt_w, "fcvt.w.d %0, ft0, rtz") */
#define DEF_XF(fn, text)                                                        \
    static NOINLINE uint64_t fn(uint64_t a, unsigned *fl)                       \
    {                                                                           \
        uint64_t r, f;                                                          \
        __asm__ volatile("fmv.d.x ft0, %2\n\tfsflags zero\n\t" text             \
                         "\n\tfrflags %1"                                       \
                         : "=&r"(r), "=&r"(f) : "r"(a) : "ft0");                \
        *fl = (unsigned)f;                                                      \
        return r;                                                               \
    }

/* f <- op(x)           e.g. DEF_FX(d_from_w, "fcvt.d.w ft2, %2") */
#define DEF_FX(fn, text)                                                        \
    static NOINLINE uint64_t fn(uint64_t a, unsigned *fl)                       \
    {                                                                           \
        uint64_t r, f;                                                          \
        __asm__ volatile("fsflags zero\n\t" text "\n\tfrflags %1\n\tfmv.x.d %0, ft2" \
                         : "=&r"(r), "=&r"(f) : "r"(a) : "ft2");                \
        *fl = (unsigned)f;                                                      \
        return r;                                                               \
    }

static RT_UNUSED unsigned get_fflags(void) { unsigned long f; __asm__ volatile("frflags %0" : "=r"(f)); return (unsigned)f; }
static RT_UNUSED void set_fflags(unsigned f) { __asm__ volatile("fsflags %0" : : "r"((unsigned long)f)); }
static RT_UNUSED unsigned get_frm(void) { unsigned long f; __asm__ volatile("frrm %0" : "=r"(f)); return (unsigned)f; }
static RT_UNUSED void set_frm(unsigned f) { __asm__ volatile("fsrm %0" : : "r"((unsigned long)f) : "memory"); }
static RT_UNUSED unsigned get_fcsr(void) { unsigned long f; __asm__ volatile("frcsr %0" : "=r"(f)); return (unsigned)f; }
static RT_UNUSED void set_fcsr(unsigned f) { __asm__ volatile("fscsr %0" : : "r"((unsigned long)f) : "memory"); }

/* "rrrrrrrrrrrrrrrr/ff" : result bits and the fflags it raised */
static RT_UNUSED void put_res(uint64_t r, unsigned fl)
{
    put_hexn(r, 16);
    put_char('/');
    put_hexn(fl, 2);
}

/*
 * Compact exact rendering of a result given the operands it came from:
 * "a" / "b" (bit-identical to an operand), "-a" / "-b" (operand with the sign
 * bit flipped), "N" (canonical NaN of the given width), otherwise the full hex
 * pattern; then "/ff" if any flags were raised.  width is 32 or 64 (for 32 the
 * comparison is on the full NaN-boxed register pattern).
 */
static RT_UNUSED void put_sym(uint64_t r, unsigned fl, uint64_t a, uint64_t b, int width)
{
    uint64_t sign = width == 32 ? 0x80000000ULL : 0x8000000000000000ULL;
    uint64_t canon = width == 32 ? 0xffffffff7fc00000ULL : 0x7ff8000000000000ULL;
    if (r == a) put_char('a');
    else if (r == b) put_char('b');
    else if (r == (a ^ sign)) put_str("-a");
    else if (r == (b ^ sign)) put_str("-b");
    else if (r == canon) put_char('N');
    else if (width == 32 && (r >> 32) == 0xffffffffULL) put_hexn(r, 8);  /* properly boxed */
    else put_hexn(r, 16);
    if (fl) {
        put_char('/');
        put_hexn(fl, 2);
    }
}

/* Symbolic flag names, e.g. "NV|NX" or "-". */
static RT_UNUSED void put_flags(unsigned fl)
{
    static const char *names[5] = { "NX", "UF", "OF", "DZ", "NV" };
    int any = 0;
    for (int i = 4; i >= 0; i--)
        if (fl >> i & 1) {
            if (any) put_char('|');
            put_str(names[i]);
            any = 1;
        }
    if (!any) put_char('-');
}

/* Interesting double operands. */
static RT_UNUSED const uint64_t D_VALS[] = {
    0x0000000000000000ULL, /* +0 */
    0x8000000000000000ULL, /* -0 */
    0x3ff0000000000000ULL, /* 1 */
    0xbff8000000000000ULL, /* -1.5 */
    0x3fd5555555555555ULL, /* 1/3 */
    0x7fefffffffffffffULL, /* max */
    0x0000000000000001ULL, /* min subnormal */
    0x8010000000000000ULL, /* -min normal */
    0x7ff0000000000000ULL, /* +inf */
    0xfff0000000000000ULL, /* -inf */
    0x7ff8000000000000ULL, /* canonical qNaN */
    0xfff4000000000001ULL, /* -sNaN with payload */
};

/* Interesting single operands (bit patterns, box with BOX()). */
static RT_UNUSED const uint32_t S_VALS[] = {
    0x00000000u, /* +0 */
    0x80000000u, /* -0 */
    0x3f800000u, /* 1 */
    0xbfc00000u, /* -1.5 */
    0x3eaaaaabu, /* 1/3 */
    0x7f7fffffu, /* max */
    0x00000001u, /* min subnormal */
    0x80800000u, /* -min normal */
    0x7f800000u, /* +inf */
    0xff800000u, /* -inf */
    0x7fc00000u, /* canonical qNaN */
    0xffa00001u, /* -sNaN with payload */
};

#endif /* GROUNDUP_FPU_H */

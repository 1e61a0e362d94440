/* Machine-level division: div/divu/rem/remu and the W forms via inline asm,
 * including division by zero and signed overflow (INT_MIN / -1), whose
 * results RISC-V defines (quotient all ones / dividend, etc.). */
#include "rt.h"

#define OP(name, insn)                                                       \
    static NOINLINE uint64_t name(uint64_t a, uint64_t b)                    \
    {                                                                        \
        uint64_t r;                                                          \
        __asm__ volatile(insn " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));     \
        return r;                                                            \
    }
OP(op_div, "div")
OP(op_divu, "divu")
OP(op_rem, "rem")
OP(op_remu, "remu")
OP(op_divw, "divw")
OP(op_divuw, "divuw")
OP(op_remw, "remw")
OP(op_remuw, "remuw")

static const uint64_t vals[] = {
    0, 1, 2, 3, 0xffffffffffffffffULL, 0xfffffffffffffffeULL, 0x8000000000000000ULL,
    0x7fffffffffffffffULL, 0x80000000ULL, 0xffffffff80000000ULL, 0x7fffffffULL, 0xffffffffULL,
    0x100000000ULL, 0x1ffffffffULL, 0x123456789abcdef0ULL, 0xfffffffffffffff9ULL, 10,
    0x00000001ffffffffULL, 0xffffffff00000000ULL,
};

int main(void)
{
    static const struct { const char *n; uint64_t (*f)(uint64_t, uint64_t); } ops[] = {
        { "div", op_div }, { "divu", op_divu }, { "rem", op_rem }, { "remu", op_remu },
        { "divw", op_divw }, { "divuw", op_divuw }, { "remw", op_remw }, { "remuw", op_remuw },
    };
    for (unsigned k = 0; k < ARRAY_LEN(ops); k++) {
        uint64_t h = 0;
        put_str(ops[k].n);
        put_nl();
        for (unsigned i = 0; i < ARRAY_LEN(vals); i++) {
            for (unsigned j = 0; j < ARRAY_LEN(vals); j++) {
                uint64_t r = ops[k].f(vals[i], vals[j]);
                h = (h ^ r) * 0x100000001b3ULL;
                /* print the interesting ones: zero divisor, -1 divisor, and a diagonal */
                if (vals[j] == 0 || vals[j] == 0xffffffffffffffffULL || (vals[j] == 0xffffffffULL && k >= 4)) {
                    put_u64(i); put_char(' ');
                    put_u64(j); put_char(' ');
                    put_hex(r); put_nl();
                }
            }
        }
        pr_hex64("hash", h);
        ck(h);
    }
    /* the canonical special cases, spelled out */
    pr_hex64("div_by_zero", op_div(12345, 0));
    pr_hex64("divu_by_zero", op_divu(12345, 0));
    pr_hex64("rem_by_zero", op_rem((uint64_t)-12345, 0));
    pr_hex64("remu_by_zero", op_remu(12345, 0));
    pr_hex64("div_overflow", op_div(0x8000000000000000ULL, (uint64_t)-1));
    pr_hex64("rem_overflow", op_rem(0x8000000000000000ULL, (uint64_t)-1));
    pr_hex64("divw_by_zero", op_divw(0xabcdef0012345678ULL, 0xffffffff00000000ULL));
    pr_hex64("divuw_by_zero", op_divuw(0x12345678ULL, 0));
    pr_hex64("remw_by_zero", op_remw(0xffffffff87654321ULL, 0));
    pr_hex64("remuw_by_zero", op_remuw(0x87654321ULL, 0));
    pr_hex64("divw_overflow", op_divw(0x80000000ULL, 0xffffffffULL));
    pr_hex64("remw_overflow", op_remw(0x80000000ULL, 0xffffffffULL));
    return rt_status();
}

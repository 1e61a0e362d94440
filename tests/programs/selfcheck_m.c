/* Self-check of every M-extension instruction (mul, mulh, mulhsu, mulhu,
 * div, divu, rem, remu, mulw, divw, divuw, remw, remuw) via inline asm on
 * all pairs of edge operands, plus register-aliasing forms (rd == rs1 ==
 * rs2) and x0 as destination. */
#include "rt.h"

#define OP(name, insn)                                                       \
    static NOINLINE uint64_t name(uint64_t a, uint64_t b)                    \
    {                                                                        \
        uint64_t r;                                                          \
        __asm__ volatile(insn " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));     \
        return r;                                                            \
    }
OP(m_mul, "mul")
OP(m_mulh, "mulh")
OP(m_mulhsu, "mulhsu")
OP(m_mulhu, "mulhu")
OP(m_div, "div")
OP(m_divu, "divu")
OP(m_rem, "rem")
OP(m_remu, "remu")
OP(m_mulw, "mulw")
OP(m_divw, "divw")
OP(m_divuw, "divuw")
OP(m_remw, "remw")
OP(m_remuw, "remuw")

static const uint64_t V[] = {
    0, 1, 0xffffffffffffffffULL, 7, 0xfffffffffffffff9ULL,
    0x8000000000000000ULL, 0x7fffffffffffffffULL, 0x80000000ULL, 0xffffffff80000000ULL,
    0xffffffffULL, 0x123456789abcdef0ULL, 0xfedcba9876543210ULL,
};

int main(void)
{
    static const struct { const char *n; uint64_t (*f)(uint64_t, uint64_t); } ops[] = {
        { "mul", m_mul }, { "mulh", m_mulh }, { "mulhsu", m_mulhsu }, { "mulhu", m_mulhu },
        { "div", m_div }, { "divu", m_divu }, { "rem", m_rem }, { "remu", m_remu },
        { "mulw", m_mulw }, { "divw", m_divw }, { "divuw", m_divuw }, { "remw", m_remw },
        { "remuw", m_remuw },
    };
    for (unsigned k = 0; k < ARRAY_LEN(ops); k++) {
        for (unsigned i = 0; i < ARRAY_LEN(V); i++) {
            put_str(ops[k].n);
            put_char(' ');
            put_hexn(i, 1);
            put_char(':');
            for (unsigned j = 0; j < ARRAY_LEN(V); j++) {
                uint64_t r = ops[k].f(V[i], V[j]);
                put_char(' ');
                /* compact: 0, 1, -1 and operand echoes are common */
                if (r == 0) put_char('0');
                else if (r == 1) put_char('1');
                else if (r == ~0ULL) put_char('F');
                else if (r == V[i]) put_char('a');
                else put_hex(r);
                ck(r);
            }
            put_nl();
        }
    }
    /* aliasing: rd = rs1 = rs2, and rd = x0 must not trap or write */
    uint64_t x = 0xfffffffffffffff3ULL, y = x, z = x, w = 0x80000001ULL, d = 0;
    __asm__ volatile("mul %0, %0, %0" : "+r"(x));
    __asm__ volatile("mulh %0, %0, %0" : "+r"(y));
    __asm__ volatile("div %0, %0, %0" : "+r"(z));
    __asm__ volatile("remuw %0, %0, %0" : "+r"(w));
    __asm__ volatile("div x0, %1, %2\n\tmv %0, x0" : "=r"(d) : "r"(5L), "r"(0L));
    pr_hex64("mul_self", x);
    pr_hex64("mulh_self", y);
    pr_hex64("div_self", z);
    pr_hex64("remuw_self", w);
    pr_hex64("x0", d);
    return rt_status();
}

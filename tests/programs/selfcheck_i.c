/* Self-check of the RV64I base instructions via inline asm: every
 * register-register and register-immediate ALU op (incl. the W forms) on
 * edge operands and boundary immediates, lui/auipc, all six branches,
 * jal/jalr (return addresses, bit 0 of the jalr target cleared, rd == rs1),
 * writes to x0, and fence / fence.i. */
#include "rt.h"

#define RR(name, insn)                                                       \
    static NOINLINE uint64_t name(uint64_t a, uint64_t b)                    \
    {                                                                        \
        uint64_t r;                                                          \
        __asm__ volatile(insn " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));     \
        return r;                                                            \
    }
RR(i_add, "add") RR(i_sub, "sub") RR(i_sll, "sll") RR(i_slt, "slt") RR(i_sltu, "sltu")
RR(i_xor, "xor") RR(i_srl, "srl") RR(i_sra, "sra") RR(i_or, "or") RR(i_and, "and")
RR(i_addw, "addw") RR(i_subw, "subw") RR(i_sllw, "sllw") RR(i_srlw, "srlw") RR(i_sraw, "sraw")

#define IMM(insn, a, imm) ({ uint64_t _r; __asm__ volatile(insn " %0, %1, " #imm : "=r"(_r) : "r"(a)); _r; })
#define IMM_ALL(h, insn, a)                                                        \
    do {                                                                           \
        h = h * 31 + IMM(insn, a, -2048); h = h * 31 + IMM(insn, a, -1);           \
        h = h * 31 + IMM(insn, a, 0); h = h * 31 + IMM(insn, a, 1);                \
        h = h * 31 + IMM(insn, a, 2047); h = h * 31 + IMM(insn, a, 0x555);         \
    } while (0)
#define SH_ALL(h, insn, a)                                                         \
    do {                                                                           \
        h = h * 31 + IMM(insn, a, 0); h = h * 31 + IMM(insn, a, 1);                \
        h = h * 31 + IMM(insn, a, 17); h = h * 31 + IMM(insn, a, 31);              \
    } while (0)
#define SH64_ALL(h, insn, a)                                                       \
    do {                                                                           \
        SH_ALL(h, insn, a); h = h * 31 + IMM(insn, a, 32); h = h * 31 + IMM(insn, a, 63); \
    } while (0)

static const uint64_t V[] = {
    0, 1, 0xffffffffffffffffULL, 0x7fffffffffffffffULL, 0x8000000000000000ULL,
    0x7fffffffULL, 0x80000000ULL, 0xffffffff80000000ULL, 0xffffffffULL, 0x00000000fffff800ULL,
    0x123456789abcdef0ULL, 63, 64, 0xfffffffffffff800ULL,
};

static int branches(uint64_t a, uint64_t b)
{
    int r = 0;
    __asm__ volatile(
        "li %0, 0\n\t"
        "beq %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 1\n2:\n\t"
        "bne %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 2\n2:\n\t"
        "blt %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 4\n2:\n\t"
        "bge %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 8\n2:\n\t"
        "bltu %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 16\n2:\n\t"
        "bgeu %1, %2, 1f\n\tj 2f\n1: ori %0, %0, 32\n2:\n\t"
        : "=&r"(r) : "r"(a), "r"(b));
    return r;
}

int main(void)
{
    static const struct { const char *n; uint64_t (*f)(uint64_t, uint64_t); } ops[] = {
        { "add", i_add }, { "sub", i_sub }, { "sll", i_sll }, { "slt", i_slt }, { "sltu", i_sltu },
        { "xor", i_xor }, { "srl", i_srl }, { "sra", i_sra }, { "or", i_or }, { "and", i_and },
        { "addw", i_addw }, { "subw", i_subw }, { "sllw", i_sllw }, { "srlw", i_srlw }, { "sraw", i_sraw },
    };
    for (unsigned k = 0; k < ARRAY_LEN(ops); k++) {
        put_str(ops[k].n);
        put_char(':');
        for (unsigned i = 0; i < ARRAY_LEN(V); i++) {
            uint64_t h = 0;
            for (unsigned j = 0; j < ARRAY_LEN(V); j++) h = (h ^ ops[k].f(V[i], V[j])) * 0x100000001b3ULL;
            put_char(' ');
            put_hexn(h >> 32, 8);
            ck(h);
        }
        put_nl();
        put_str("  ");
        for (unsigned i = 0; i < 6; i++) { put_char(' '); put_hex(ops[k].f(V[i + 4], V[i + 6])); }
        put_nl();
    }
    put_str("imm:");
    for (unsigned i = 0; i < ARRAY_LEN(V); i++) {
        uint64_t a = V[i], h = 0;
        IMM_ALL(h, "addi", a); IMM_ALL(h, "slti", a); IMM_ALL(h, "sltiu", a);
        IMM_ALL(h, "xori", a); IMM_ALL(h, "ori", a); IMM_ALL(h, "andi", a); IMM_ALL(h, "addiw", a);
        SH64_ALL(h, "slli", a); SH64_ALL(h, "srli", a); SH64_ALL(h, "srai", a);
        SH_ALL(h, "slliw", a); SH_ALL(h, "srliw", a); SH_ALL(h, "sraiw", a);
        put_char(' ');
        put_hexn(h >> 32, 8);
        ck(h);
    }
    put_nl();
    uint64_t a = OPAQUE(0x8000000000000001ULL);
    put_str("imm_samples:");
    put_char(' '); put_hex(IMM("addi", a, -1));
    put_char(' '); put_hex(IMM("sltiu", a, -1));
    put_char(' '); put_hex(IMM("slti", a, 0));
    put_char(' '); put_hex(IMM("xori", a, -1));
    put_char(' '); put_hex(IMM("andi", a, -2048));
    put_char(' '); put_hex(IMM("addiw", a, 2047));
    put_char(' '); put_hex(IMM("srai", a, 63));
    put_char(' '); put_hex(IMM("sraiw", a, 0));
    put_nl();
    uint64_t l1, l2, l3, l4;
    __asm__ volatile("lui %0, 0x80000\n\tlui %1, 0xfffff\n\tlui %2, 0x7ffff\n\tlui %3, 1"
                     : "=r"(l1), "=r"(l2), "=r"(l3), "=r"(l4));
    put_str("lui:"); put_char(' '); put_hex(l1); put_char(' '); put_hex(l2); put_char(' ');
    put_hex(l3); put_char(' '); put_hex(l4); put_nl();
    /* auipc: pc-relative; print only differences, which are link-independent */
    uint64_t p1, p2, p3;
    __asm__ volatile("1: auipc %0, 0\n\tauipc %1, 1\n\tauipc %2, 0xfffff" : "=r"(p1), "=r"(p2), "=r"(p3));
    put_str("auipc:"); put_char(' '); put_hex(p2 - p1); put_char(' '); put_hex(p1 - p3); put_nl();
    /* branches over all pairs */
    put_str("branch:");
    for (unsigned i = 0; i < ARRAY_LEN(V); i++) {
        uint64_t h = 0;
        for (unsigned j = 0; j < ARRAY_LEN(V); j++) h = h * 64 + (uint64_t)branches(V[i], V[j]);
        put_char(' ');
        put_hexn(h & 0xffffffff, 8);
        ck(h);
    }
    put_nl();
    /* jal / jalr */
    uint64_t ra1, tgt1, ra2, tgt2, t3;
    __asm__ volatile(
        "jal %0, 1f\n"
        "0: nop\n"
        "1: auipc %1, 0\n\t"          /* %1 = address of label 1 */
        "la t1, 3f\n\t"
        "addi t1, t1, 1\n\t"          /* odd target: bit 0 must be cleared */
        "jalr %2, 0(t1)\n"
        "2: j 4f\n"
        "3: auipc %3, 0\n\t"
        "jalr zero, 0(%2)\n"          /* return to label 2 */
        "4: la %4, 5f\n\t"
        "jalr %4, 0(%4)\n"            /* rd == rs1: target uses the old value */
        "5: nop\n\t"
        : "=&r"(ra1), "=&r"(tgt1), "=&r"(ra2), "=&r"(tgt2), "=&r"(t3) : : "t1");
    put_str("jal:"); put_char(' '); put_hex(tgt1 - ra1); put_char(' '); put_hex(tgt2 - ra2);
    put_char(' '); put_hex(t3 - ra2); put_nl();
    /* x0 ignores writes */
    uint64_t z;
    __asm__ volatile("addi x0, x0, 5\n\tlui x0, 0x12345\n\tmv %0, x0" : "=r"(z));
    pr_hex64("x0", z);
    /* fences are no-ops here but must decode */
    static volatile uint32_t flag;
    __asm__ volatile("fence\n\tfence rw, rw\n\tfence r, r\n\tfence w, w\n\tfence iorw, iorw\n\tfence.i" ::: "memory");
    __asm__ volatile("fence.tso" ::: "memory");
    flag = 1;
    pr_u64("fences", flag);
    return rt_status();
}

/* Self-check of the C (compressed) extension: each RV64C instruction is
 * written explicitly with its c. mnemonic in inline asm (c.li, c.lui,
 * c.addi, c.addiw, c.addi16sp, c.addi4spn, c.slli, c.srli, c.srai, c.andi,
 * c.mv, c.add, c.sub, c.xor, c.or, c.and, c.subw, c.addw, loads/stores
 * incl. sp-relative and FP forms, c.j, c.jr, c.jalr, c.beqz, c.bnez, c.nop). */
#include "rt.h"

/* the compressed forms need registers x8..x15 for most encodings: a0/a1 */
#define C1(text, in)                                                         \
    ({                                                                       \
        uint64_t _r;                                                         \
        __asm__ volatile("mv a0, %1\n\t" text "\n\tmv %0, a0"                \
                         : "=r"(_r) : "r"((uint64_t)(in)) : "a0");           \
        _r;                                                                  \
    })
#define C2(text, in, in2)                                                    \
    ({                                                                       \
        uint64_t _r;                                                         \
        __asm__ volatile("mv a0, %1\n\tmv a1, %2\n\t" text "\n\tmv %0, a0"    \
                         : "=r"(_r) : "r"((uint64_t)(in)), "r"((uint64_t)(in2)) : "a0", "a1"); \
        _r;                                                                  \
    })

static const uint64_t V[] = { 0, 1, 0xffffffffffffffffULL, 0x7fffffffffffffffULL, 0x8000000000000000ULL,
                              0x7fffffffULL, 0x80000000ULL, 0x123456789abcdef0ULL };

int main(void)
{
    uint64_t h;
    put_str("imm:");
    put_char(' '); put_hex(C1("c.li a0, -32", 0));
    put_char(' '); put_hex(C1("c.li a0, 31", 0));
    put_char(' '); put_hex(C1("c.lui a0, 1", 0));
    put_char(' '); put_hex(C1("c.lui a0, 0x1f", 0));
    put_char(' '); put_hex(C1("c.lui a0, 0xfffe0", 0));
    put_char(' '); put_hex(C1("c.lui a0, 0xfffff", 0));
    put_char(' '); put_hex(C1("c.nop", 7));
    put_nl();
    for (unsigned i = 0; i < ARRAY_LEN(V); i++) {
        uint64_t v = V[i];
        h = 0;
        h = h * 31 + C1("c.addi a0, -32", v);
        h = h * 31 + C1("c.addi a0, 31", v);
        h = h * 31 + C1("c.addiw a0, 0", v);
        h = h * 31 + C1("c.addiw a0, -1", v);
        h = h * 31 + C1("c.slli a0, 1", v);
        h = h * 31 + C1("c.slli a0, 63", v);
        h = h * 31 + C1("c.srli a0, 1", v);
        h = h * 31 + C1("c.srli a0, 32", v);
        h = h * 31 + C1("c.srai a0, 1", v);
        h = h * 31 + C1("c.srai a0, 63", v);
        h = h * 31 + C1("c.andi a0, -32", v);
        h = h * 31 + C1("c.andi a0, 21", v);
        put_hexn(v, 16); put_str(" u: "); put_hex(C1("c.srai a0, 33", v)); put_char(' ');
        put_hex(C1("c.addiw a0, 5", v)); put_char(' ');
        put_hexn(h, 16); put_nl();
        ck(h);
        h = 0;
        for (unsigned j = 0; j < ARRAY_LEN(V); j++) {
            uint64_t w = V[j];
            h = h * 31 + C2("c.mv a0, a1", v, w);
            h = h * 31 + C2("c.add a0, a1", v, w);
            h = h * 31 + C2("c.sub a0, a1", v, w);
            h = h * 31 + C2("c.xor a0, a1", v, w);
            h = h * 31 + C2("c.or a0, a1", v, w);
            h = h * 31 + C2("c.and a0, a1", v, w);
            h = h * 31 + C2("c.subw a0, a1", v, w);
            h = h * 31 + C2("c.addw a0, a1", v, w);
        }
        put_str("  rr: "); put_hex(C2("c.addw a0, a1", v, 0x7fffffff)); put_char(' ');
        put_hex(C2("c.subw a0, a1", v, 1)); put_char(' ');
        put_hexn(h, 16); put_nl();
        ck(h);
    }
    /* loads and stores through a compressible base register (a1) */
    static uint64_t mem[8] = { 0x8899aabbccddeeffULL, 0x0011223344556677ULL, 0, 0, 0x3ff8000000000000ULL };
    uint64_t a0, a2, a3;
    __asm__ volatile("mv a1, %3\n\t"
                     "c.lw a0, 4(a1)\n\tc.ld a2, 8(a1)\n\tc.sw a0, 16(a1)\n\tc.sd a2, 24(a1)\n\t"
                     "c.fld fa0, 32(a1)\n\tc.fsd fa0, 40(a1)\n\tc.lw a3, 0(a1)\n\t"
                     "mv %0, a0\n\tmv %1, a2\n\tmv %2, a3"
                     : "=r"(a0), "=r"(a2), "=r"(a3) : "r"(mem) : "a0", "a1", "a2", "a3", "fa0", "memory");
    put_str("mem:"); put_char(' '); put_hex(a0); put_char(' '); put_hex(a2); put_char(' '); put_hex(a3);
    for (int i = 2; i < 6; i++) { put_char(' '); put_hex(mem[i]); }
    put_nl();
    /* sp-relative forms: make room, store, load, restore sp */
    uint64_t r1, r2, r3, d1;
    __asm__ volatile(
        "fmv.d fa1, %4\n\t"
        "c.addi16sp sp, -64\n\t"
        "c.addi4spn a0, sp, 16\n\t"     /* a0 = sp + 16 */
        "sub a0, a0, sp\n\t"
        "li a2, -5\n\t"
        "c.sdsp a2, 8(sp)\n\t"
        "c.swsp a2, 16(sp)\n\t"
        "c.ldsp a3, 8(sp)\n\t"
        "c.lwsp a4, 16(sp)\n\t"
        "c.fsdsp fa1, 24(sp)\n\t"
        "c.fldsp fa2, 24(sp)\n\t"
        "fmv.x.d a5, fa2\n\t"
        "c.addi16sp sp, 64\n\t"
        "mv %0, a0\n\tmv %1, a3\n\tmv %2, a4\n\tmv %3, a5"
        : "=r"(r1), "=r"(r2), "=r"(r3), "=r"(d1)
        : "f"(2.5)
        : "a0", "a2", "a3", "a4", "a5", "fa1", "fa2", "memory");
    put_str("sp:"); put_char(' '); put_hex(r1); put_char(' '); put_hex(r2); put_char(' ');
    put_hex(r3); put_char(' '); put_hex(d1); put_nl();
    /* control flow: c.j, c.beqz, c.bnez, c.jr, c.jalr */
    uint64_t flow;
    __asm__ volatile(
        "li a0, 0\n\t"
        "li a1, 0\n\t"
        "c.beqz a1, 1f\n\t"
        "ori a0, a0, 1\n"          /* skipped */
        "1: c.bnez a1, 2f\n\t"
        "ori a0, a0, 2\n"          /* executed */
        "2: li a1, 3\n\t"
        "c.bnez a1, 3f\n\t"
        "ori a0, a0, 4\n"          /* skipped */
        "3: c.j 4f\n\t"
        "ori a0, a0, 8\n"          /* skipped */
        "4: la a2, 5f\n\t"
        "c.jr a2\n\t"
        "ori a0, a0, 16\n"         /* skipped */
        "5: la a2, 6f\n\t"
        "c.jalr a2\n\t"            /* ra = next instruction; lands at 6 */
        "7: ori a0, a0, 32\n\t"    /* executed after return */
        "j 8f\n"
        "6: ori a0, a0, 64\n\t"
        "c.jr ra\n"
        "8: mv %0, a0"
        : "=r"(flow) : : "a0", "a1", "a2", "ra");
    pr_hex64("flow", flow);
    return rt_status();
}

/* Shifts at their boundaries: sll/srl/sra/slli/srli/srai and the W forms via
 * inline asm (shift amounts 0, 1, 31, 32, 63 and register amounts >= 64 whose
 * upper bits must be ignored), plus C shifts of every width. */
#include "rt.h"

#define RR(name, insn)                                                        \
    static NOINLINE uint64_t name(uint64_t a, uint64_t s)                     \
    {                                                                         \
        uint64_t r;                                                           \
        __asm__ volatile(insn " %0, %1, %2" : "=r"(r) : "r"(a), "r"(s));      \
        return r;                                                             \
    }
RR(r_sll, "sll")
RR(r_srl, "srl")
RR(r_sra, "sra")
RR(r_sllw, "sllw")
RR(r_srlw, "srlw")
RR(r_sraw, "sraw")

#define IMM(insn, a, sh) ({ uint64_t _r; __asm__ volatile(insn " %0, %1, " #sh : "=r"(_r) : "r"(a)); _r; })

static const uint64_t vals[] = { 1, 0x8000000000000000ULL, 0xffffffffffffffffULL, 0x80000000ULL,
                                 0x123456789abcdef0ULL, 0x7fffffffULL, 0xfedcba9876543210ULL };
static const uint64_t amounts[] = { 0, 1, 7, 31, 32, 33, 63, 64, 65, 95, 127, 0xffffffffffffffc1ULL, 0x100000020ULL };

static void imm_row(uint64_t a)
{
    uint64_t h = 0;
    h = h * 33 + IMM("slli", a, 0);  h = h * 33 + IMM("slli", a, 1);
    h = h * 33 + IMM("slli", a, 31); h = h * 33 + IMM("slli", a, 32); h = h * 33 + IMM("slli", a, 63);
    h = h * 33 + IMM("srli", a, 0);  h = h * 33 + IMM("srli", a, 1);
    h = h * 33 + IMM("srli", a, 31); h = h * 33 + IMM("srli", a, 32); h = h * 33 + IMM("srli", a, 63);
    h = h * 33 + IMM("srai", a, 0);  h = h * 33 + IMM("srai", a, 1);
    h = h * 33 + IMM("srai", a, 31); h = h * 33 + IMM("srai", a, 32); h = h * 33 + IMM("srai", a, 63);
    h = h * 33 + IMM("slliw", a, 0); h = h * 33 + IMM("slliw", a, 1); h = h * 33 + IMM("slliw", a, 31);
    h = h * 33 + IMM("srliw", a, 0); h = h * 33 + IMM("srliw", a, 1); h = h * 33 + IMM("srliw", a, 31);
    h = h * 33 + IMM("sraiw", a, 0); h = h * 33 + IMM("sraiw", a, 1); h = h * 33 + IMM("sraiw", a, 31);
    put_hex64(IMM("slli", a, 63)); put_char(' ');
    put_hex64(IMM("srai", a, 63)); put_char(' ');
    put_hex64(IMM("slliw", a, 31)); put_char(' ');
    put_hex64(IMM("srliw", a, 0)); put_char(' ');
    put_hex64(IMM("sraiw", a, 0)); put_char(' ');
    put_hex64(h); put_nl();
    ck(h);
}

/* C shifts: counts always in range, so defined behaviour */
static NOINLINE uint64_t c_shifts(uint64_t a, unsigned s)
{
    uint64_t h = 0;
    h += a << (s & 63);
    h ^= a >> (s & 63);
    h += (uint64_t)((int64_t)a >> (s & 63));
    h ^= (uint32_t)a << (s & 31);
    h += (uint32_t)a >> (s & 31);
    h ^= (uint64_t)(int64_t)((int32_t)a >> (s & 31));
    h += (uint16_t)((uint16_t)a << (s & 15));
    h ^= (uint64_t)(int64_t)((int16_t)a >> (s & 15));
    h += (uint8_t)((uint8_t)a >> (s & 7));
    h ^= (uint64_t)(int64_t)(int8_t)((int8_t)a >> (s & 7));
    /* rotates, recognised by gcc */
    h += (a << (s & 63)) | (a >> ((64 - s) & 63));
    h ^= (uint32_t)(((uint32_t)a >> (s & 31)) | ((uint32_t)a << ((32 - s) & 31)));
    return h;
}

int main(void)
{
    static const struct { const char *n; uint64_t (*f)(uint64_t, uint64_t); } ops[] = {
        { "sll", r_sll }, { "srl", r_srl }, { "sra", r_sra },
        { "sllw", r_sllw }, { "srlw", r_srlw }, { "sraw", r_sraw },
    };
    for (unsigned k = 0; k < ARRAY_LEN(ops); k++) {
        put_str(ops[k].n);
        put_nl();
        for (unsigned i = 0; i < ARRAY_LEN(vals); i++) {
            uint64_t h = 0;
            for (unsigned j = 0; j < ARRAY_LEN(amounts); j++) {
                uint64_t r = ops[k].f(vals[i], amounts[j]);
                h = h * 0x9e3779b1 + r;
                if (j == 4 || j == 6 || j == 7 || j == 11) {
                    put_hex(r);
                    put_char(' ');
                }
            }
            put_hex64(h);
            put_nl();
            ck(h);
        }
    }
    put_str("imm\n");
    for (unsigned i = 0; i < ARRAY_LEN(vals); i++)
        imm_row(OPAQUE(vals[i]));
    put_str("c\n");
    uint64_t h = 0;
    for (unsigned i = 0; i < ARRAY_LEN(vals); i++)
        for (unsigned s = 0; s < 70; s += 3)
            h = h * 3 + c_shifts(OPAQUE(vals[i]), s);
    pr_hex64("c_shifts", h);
    ck(h);
    return rt_status();
}

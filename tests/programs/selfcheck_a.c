/* Self-check of every A-extension instruction: all AMOs in .w and .d form
 * with the aq, rl and aqrl variants (result register and memory after), and
 * lr/sc: success, sc without a reservation, sc to an address other than the
 * reserved one, sc after a successful sc, and the aq/rl variants. */
#include "rt.h"

static uint64_t mem[64] __attribute__((aligned(64)));

#define AMO(name, insn)                                                         \
    static NOINLINE uint64_t name(uint64_t *p, uint64_t v)                      \
    {                                                                           \
        uint64_t r;                                                             \
        __asm__ volatile(insn " %0, %2, (%1)" : "=&r"(r) : "r"(p), "r"(v) : "memory"); \
        return r;                                                               \
    }
#define AMO4(base, text)                       \
    AMO(base, text)                            \
    AMO(base##_aq, text ".aq")                 \
    AMO(base##_rl, text ".rl")                 \
    AMO(base##_aqrl, text ".aqrl")
#define AMO_BOTH(op)          \
    AMO4(op##_w, #op ".w")    \
    AMO4(op##_d, #op ".d")

AMO_BOTH(amoswap)
AMO_BOTH(amoadd)
AMO_BOTH(amoxor)
AMO_BOTH(amoand)
AMO_BOTH(amoor)
AMO_BOTH(amomin)
AMO_BOTH(amomax)
AMO_BOTH(amominu)
AMO_BOTH(amomaxu)

typedef uint64_t (*amo_fn)(uint64_t *, uint64_t);
#define ENTRY(op) { #op, { op##_w, op##_w_aq, op##_w_rl, op##_w_aqrl }, { op##_d, op##_d_aq, op##_d_rl, op##_d_aqrl } }
static const struct { const char *name; amo_fn w[4]; amo_fn d[4]; } AMOS[] = {
    ENTRY(amoswap), ENTRY(amoadd), ENTRY(amoxor), ENTRY(amoand), ENTRY(amoor),
    ENTRY(amomin), ENTRY(amomax), ENTRY(amominu), ENTRY(amomaxu),
};

static const uint64_t MEMV[] = { 0, 0x7fffffff, 0x80000000, 0xffffffff, 0x123456789abcdef0ULL,
                                 0x8000000000000000ULL, 0xffffffffffffffffULL, 5 };
static const uint64_t REGV[] = { 1, 0xffffffffffffffffULL, 0x80000000, 0x00000001ffffffffULL,
                                 0x7fffffffffffffffULL, 0xdeadbeef00000007ULL };

int main(void)
{
    static const char *ord[4] = { "", ".aq", ".rl", ".aqrl" };
    for (unsigned k = 0; k < ARRAY_LEN(AMOS); k++) {
        for (int width = 0; width < 2; width++) {
            for (int o = 0; o < 4; o++) {
                put_str(AMOS[k].name);
                put_str(width ? ".d" : ".w");
                put_str(ord[o]);
                put_char(':');
                uint64_t h = 0;
                for (unsigned i = 0; i < ARRAY_LEN(MEMV); i++) {
                    unsigned j = (i + (unsigned)o) % ARRAY_LEN(REGV);
                    /* place the word in the upper or lower half of a doubleword */
                    mem[8] = 0x5555555555555555ULL;
                    mem[9] = 0x5555555555555555ULL;
                    uint64_t *p;
                    if (width) {
                        p = &mem[8 + (i & 1)];
                        *p = MEMV[i];
                    } else {
                        uint32_t *q = (uint32_t *)&mem[8] + (i & 3);
                        *q = (uint32_t)MEMV[i];
                        p = (uint64_t *)q;
                    }
                    uint64_t r = (width ? AMOS[k].d : AMOS[k].w)[o](p, REGV[j]);
                    uint64_t after = width ? *p : *(uint32_t *)p;
                    if (o == 0 || i < 2) {
                        put_char(' ');
                        put_hex(r);
                        put_char('>');
                        put_hex(after);
                    }
                    h = (h ^ r) * 0x100000001b3ULL;
                    h = (h ^ after ^ mem[8] ^ (mem[9] << 1)) * 0x100000001b3ULL;
                }
                put_char(' ');
                put_hexn(h, 16);
                put_nl();
                ck(h);
            }
        }
    }
    /* amo with rd = x0 */
    mem[0] = 10;
    __asm__ volatile("amoadd.d zero, %1, (%0)" : : "r"(&mem[0]), "r"(32L) : "memory");
    pr_u64("amoadd_x0", mem[0]);

    /* lr/sc */
    uint64_t v, fail;
    mem[1] = 100;
    __asm__ volatile("lr.d %0, (%2)\n\taddi %0, %0, 1\n\tsc.d %1, %0, (%2)"
                     : "=&r"(v), "=&r"(fail) : "r"(&mem[1]) : "memory");
    pr_u64("lr_sc_d_ok", fail);
    pr_u64("mem1", mem[1]);
    /* the reservation is gone after any sc: a second sc must fail */
    __asm__ volatile("sc.d %0, %1, (%2)" : "=&r"(fail) : "r"(7L), "r"(&mem[1]) : "memory");
    pr_u64("sc_d_no_reservation_failed", fail != 0);
    pr_u64("mem1_unchanged", mem[1]);
    /* lr.w: sign extension of the loaded word; sc.w success */
    uint32_t *w = (uint32_t *)&mem[2];
    w[0] = 0x80000001u;
    w[1] = 0x11111111u;
    __asm__ volatile("lr.w %0, (%2)\n\tsc.w %1, %3, (%2)"
                     : "=&r"(v), "=&r"(fail) : "r"(w), "r"(0x12345678abcdef01ULL) : "memory");
    pr_hex64("lr_w", v);
    pr_u64("sc_w_ok", fail);
    pr_hex64("mem2", mem[2]);
    /* sc to a different address (another cache line) than the reservation fails */
    mem[3] = 0;
    mem[40] = 0;
    __asm__ volatile("lr.d %0, (%2)\n\tsc.d %1, %4, (%3)"
                     : "=&r"(v), "=&r"(fail) : "r"(&mem[3]), "r"(&mem[40]), "r"(99L) : "memory");
    pr_u64("sc_other_addr_failed", fail != 0);
    pr_u64("mem40", mem[40]);
    /* and after the failed sc the original reservation is gone too */
    __asm__ volatile("sc.d %0, %1, (%2)" : "=&r"(fail) : "r"(98L), "r"(&mem[3]) : "memory");
    pr_u64("sc_after_fail_failed", fail != 0);
    pr_u64("mem3", mem[3]);
    /* ordering variants of lr/sc */
    mem[4] = 1;
    uint64_t f1, f2, f3, f4;
    __asm__ volatile("lr.d.aq %0, (%2)\n\tslli %0, %0, 4\n\tsc.d.rl %1, %0, (%2)"
                     : "=&r"(v), "=&r"(f1) : "r"(&mem[4]) : "memory");
    __asm__ volatile("lr.d.aqrl %0, (%2)\n\taddi %0, %0, 3\n\tsc.d.aqrl %1, %0, (%2)"
                     : "=&r"(v), "=&r"(f2) : "r"(&mem[4]) : "memory");
    __asm__ volatile("lr.w.aq %0, (%2)\n\taddi %0, %0, 5\n\tsc.w.rl %1, %0, (%2)"
                     : "=&r"(v), "=&r"(f3) : "r"(&mem[4]) : "memory");
    __asm__ volatile("lr.w.aqrl %0, (%2)\n\taddi %0, %0, 7\n\tsc.w.aqrl %1, %0, (%2)"
                     : "=&r"(v), "=&r"(f4) : "r"(&mem[4]) : "memory");
    pr_u64("lrsc_variants", f1 | f2 << 1 | f3 << 2 | f4 << 3);
    pr_hex64("mem4", mem[4]);
    /* an lr/sc increment loop, as compilers emit for sub-word atomics */
    mem[5] = 0;
    for (int i = 0; i < 50; i++) {
        __asm__ volatile("1: lr.d %0, (%2)\n\tadd %0, %0, %3\n\tsc.d %1, %0, (%2)\n\tbnez %1, 1b"
                         : "=&r"(v), "=&r"(fail) : "r"(&mem[5]), "r"((uint64_t)i) : "memory");
    }
    pr_u64("loop_sum", mem[5]);
    /* C11 atomics compiled by gcc (sub-word ones would need libatomic with gcc 12) */
    static uint64_t b64 = 250;
    static uint32_t b32 = 0xfffffff0u;
    uint64_t o64 = __atomic_fetch_add(&b64, 10, __ATOMIC_SEQ_CST);
    uint32_t o32s = __atomic_fetch_sub(&b32, 0xffff, __ATOMIC_ACQ_REL);
    uint32_t o32 = __atomic_exchange_n(&b32, 7u, __ATOMIC_RELAXED);
    uint32_t expected = 7u;
    int ok = __atomic_compare_exchange_n(&b32, &expected, 9u, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    int nok = __atomic_compare_exchange_n(&b32, &expected, 11u, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    uint64_t n64 = __atomic_or_fetch(&b64, 0x8000000000000000ULL, __ATOMIC_RELEASE);
    int64_t m64 = __atomic_fetch_and((int64_t *)&b64, -4, __ATOMIC_ACQUIRE);
    pr_u64("o64", o64); pr_hex64("b64", b64); pr_hex64("n64", n64); pr_hex64("m64", (uint64_t)m64);
    pr_hex64("o32s", o32s);
    pr_hex64("o32", o32); pr_u64("cas_ok", (uint64_t)ok); pr_u64("cas_nok", (uint64_t)nok);
    pr_u64("expected", expected); pr_u64("b32", b32);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    return rt_status();
}

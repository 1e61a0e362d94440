/* Misaligned accesses: packed structs make gcc access fields at odd
 * addresses (at -O0/-O2 it may use byte loads); explicit misaligned
 * lh/lw/ld/sh/sw/sd via inline asm exercise the hardware/emulator path. */
#include "rt.h"

struct __attribute__((packed)) pk {
    uint8_t tag;
    uint64_t q;
    uint16_t h;
    uint32_t w;
    int64_t s;
    double d;
    float f;
};

static uint8_t buf[80] __attribute__((aligned(8)));

#define LDA(insn, p) ({ uint64_t _r; __asm__ volatile(insn " %0, 0(%1)" : "=r"(_r) : "r"(p) : "memory"); _r; })
#define STA(insn, p, v) __asm__ volatile(insn " %0, 0(%1)" : : "r"(v), "r"(p) : "memory")

int main(void)
{
    static struct pk arr[4];
    pr_u64("sizeof", sizeof(struct pk));
    for (int i = 0; i < 4; i++) {
        arr[i].tag = (uint8_t)i;
        arr[i].q = 0x0102030405060708ULL * (uint64_t)(i + 1);
        arr[i].h = (uint16_t)(0xbeef + i);
        arr[i].w = 0xdeadbeefu ^ (uint32_t)i;
        arr[i].s = -1234567890123LL * (i + 1);
        arr[i].d = 1.0 / (i + 3);
        arr[i].f = (float)arr[i].d;
    }
    uint64_t h = 0;
    for (int i = 0; i < 4; i++) {
        h = h * 31 + arr[i].q + arr[i].h + arr[i].w + (uint64_t)arr[i].s;
        put_hex64(arr[i].q); put_char(' '); put_hex32(arr[i].w); put_char(' ');
        put_i64(arr[i].s); put_char(' '); put_f64bits(arr[i].d); put_char(' ');
        put_f32bits(arr[i].f); put_nl();
    }
    /* raw bytes of the packed array */
    const uint8_t *raw = (const uint8_t *)arr;
    uint64_t rh = 0;
    for (unsigned i = 0; i < sizeof arr; i++) rh = rh * 257 + raw[i];
    pr_hex64("raw", rh);
    /* explicit misaligned machine accesses at every offset 0..7 */
    for (int i = 0; i < 80; i++) buf[i] = (uint8_t)(i * 29 + 3);
    for (int off = 0; off < 8; off++) {
        uint8_t *p = buf + 8 + off;
        put_u64((uint64_t)off); put_char(' ');
        put_hex64(LDA("lh", p)); put_char(' ');
        put_hex64(LDA("lhu", p)); put_char(' ');
        put_hex64(LDA("lw", p)); put_char(' ');
        put_hex64(LDA("lwu", p)); put_char(' ');
        put_hex64(LDA("ld", p)); put_nl();
    }
    uint64_t v = 0x8877665544332211ULL;
    STA("sd", buf + 33, v);
    STA("sw", buf + 43, v);
    STA("sh", buf + 49, v);
    STA("sd", buf + 55, ~v);
    for (int i = 32; i < 64; i++) { put_hexn(buf[i], 2); if (i % 16 == 15) put_nl(); }
    /* misaligned FP loads/stores */
    double dv;
    float fv;
    __asm__ volatile("fld %0, 0(%1)" : "=f"(dv) : "r"(buf + 33) : "memory");
    __asm__ volatile("flw %0, 0(%1)" : "=f"(fv) : "r"(buf + 43) : "memory");
    pr_hex64("fld_mis", f64_bits(dv));
    pr_hex32("flw_mis", f32_bits(fv));
    double one = 1.0;
    __asm__ volatile("fsd %0, 0(%1)" : : "f"(one), "r"(buf + 65) : "memory");
    __asm__ volatile("fsw %0, 0(%1)" : : "f"((float)-2.5f), "r"(buf + 74) : "memory");
    for (int i = 64; i < 80; i++) put_hexn(buf[i], 2);
    put_nl();
    /* pointer to packed member */
    uint8_t *qp = (uint8_t *)&arr[2] + 1;
    uint64_t qv;
    memcpy(&qv, qp, 8);
    pr_hex64("memcpy_q", qv);
    ck(h ^ rh);
    return rt_status();
}

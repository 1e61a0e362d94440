/* 8/16/32/64-bit loads and stores: sign vs zero extension (lb/lbu/lh/lhu/
 * lw/lwu/ld), byte order, stores of truncated values, pointer arithmetic,
 * volatile accesses, sp-relative and gp-relative (small data) globals. */
#include "rt.h"

static uint8_t mem[64] __attribute__((aligned(16)));
static volatile uint64_t vol;
static int32_t small_global = -5;   /* likely in .sdata, addressed via gp */
static int64_t small_global64 = 0x1122334455667788LL;

#define LD(insn, T, p) ({ T _r; __asm__ volatile(insn " %0, 0(%1)" : "=r"(_r) : "r"(p) : "memory"); _r; })

int main(void)
{
    for (int i = 0; i < 64; i++) mem[i] = (uint8_t)(0x80 + i * 7);
    for (int off = 0; off < 16; off += 8) {
        uint8_t *p = mem + off;
        put_hex64(LD("lb", uint64_t, p)); put_char(' ');
        put_hex64(LD("lbu", uint64_t, p)); put_char(' ');
        put_hex64(LD("lh", uint64_t, p)); put_char(' ');
        put_hex64(LD("lhu", uint64_t, p)); put_char(' ');
        put_hex64(LD("lw", uint64_t, p)); put_char(' ');
        put_hex64(LD("lwu", uint64_t, p)); put_char(' ');
        put_hex64(LD("ld", uint64_t, p)); put_nl();
    }
    /* C-level typed loads of every width and signedness */
    uint64_t h = 0;
    for (int i = 0; i < 56; i += 2) {
        void *p = mem + (i & ~7);
        h = h * 31 + (uint64_t)(int64_t) * (int8_t *)(mem + i);
        h = h * 31 + *(uint8_t *)(mem + i + 1);
        h = h * 31 + (uint64_t)(int64_t) * (int16_t *)(mem + i);
        h = h * 31 + *(uint16_t *)(mem + i);
        h = h * 31 + (uint64_t)(int64_t) * (int32_t *)(mem + (i & ~3));
        h = h * 31 + *(uint32_t *)(mem + (i & ~3));
        h = h * 31 + *(uint64_t *)p;
    }
    pr_hex64("typed_loads", h);
    /* stores of each width, truncating a 64-bit value */
    uint64_t v = 0xf1e2d3c4b5a69788ULL;
    for (int i = 0; i < 64; i++) mem[i] = 0;
    *(uint8_t *)(mem + 0) = (uint8_t)v;
    *(uint16_t *)(mem + 2) = (uint16_t)v;
    *(uint32_t *)(mem + 4) = (uint32_t)v;
    *(uint64_t *)(mem + 8) = v;
    __asm__ volatile("sb %0, 16(%1)\n\tsh %0, 18(%1)\n\tsw %0, 20(%1)\n\tsd %0, 24(%1)" : : "r"(v), "r"(mem) : "memory");
    for (int i = 0; i < 32; i++) { put_hexn(mem[i], 2); if (i % 8 == 7) put_nl(); }
    /* little-endian byte order check */
    uint32_t w = 0x01020304;
    uint8_t *wb = (uint8_t *)&w;
    pr_u64("le", wb[0] == 4 && wb[3] == 1);
    /* load with negative and large offsets through pointer arithmetic */
    uint8_t *mid = mem + 32;
    for (int i = 0; i < 32; i++) mem[i] = (uint8_t)i;
    int64_t s = 0;
    for (int i = -32; i < 0; i += 4) s += *(int32_t *)(mid + i);
    pr_hex64("neg_offsets", (uint64_t)s);
    /* volatile: every access must happen */
    vol = 0;
    for (int i = 0; i < 10; i++) vol = vol + (uint64_t)i;
    pr_u64("vol", vol);
    small_global *= 3;
    small_global64 ^= small_global;
    pr_i64("small_global", small_global);
    pr_hex64("small_global64", (uint64_t)small_global64);
    /* stack arrays of mixed types */
    struct { int8_t a; int64_t b; int16_t c; int32_t d; uint8_t e[3]; } st = { -1, -2, -3, -4, { 250, 251, 252 } };
    pr_i64("st", st.a + st.b + st.c + st.d + st.e[0] + st.e[1] + st.e[2]);
    pr_u64("sizeof_st", sizeof st);
    ck(h ^ (uint64_t)s);
    return rt_status();
}

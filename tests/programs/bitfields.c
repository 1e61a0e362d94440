/* Struct bitfields: signed and unsigned fields of odd widths, fields that
 * straddle byte and word boundaries, read-modify-write of neighbours,
 * sign extension on read, wraparound on write, and the resulting layout. */
#include "rt.h"

struct bf {
    unsigned a : 3;
    signed b : 5;
    unsigned c : 12;
    signed d : 13;
    unsigned e : 1;
    uint64_t f : 40;
    int64_t g : 23;
    unsigned char h : 2;
};

struct flags { unsigned ready : 1, busy : 1, err : 1, code : 5, count : 24; };

static NOINLINE void fill(struct bf *x, int i)
{
    x->a = (unsigned)i;
    x->b = i * 3 - 20;
    x->c = (unsigned)(i * 1000);
    x->d = -i * 500;
    x->e = (unsigned)i;
    x->f = (uint64_t)i * 0x123456789ULL;
    x->g = -(int64_t)i * 100000;
    x->h = (unsigned char)(i + 1);
}

int main(void)
{
    pr_u64("sizeof_bf", sizeof(struct bf));
    pr_u64("sizeof_flags", sizeof(struct flags));
    struct bf arr[8];
    memset(arr, 0, sizeof arr);
    uint64_t h = 0;
    for (int i = 0; i < 8; i++) {
        fill(&arr[i], i * 7 + 1);
        struct bf *x = &arr[i];
        put_u64(x->a); put_char(' '); put_i64(x->b); put_char(' '); put_u64(x->c); put_char(' ');
        put_i64(x->d); put_char(' '); put_u64(x->e); put_char(' '); put_hex(x->f); put_char(' ');
        put_i64(x->g); put_char(' '); put_u64(x->h); put_nl();
    }
    const uint8_t *raw = (const uint8_t *)arr;
    for (unsigned i = 0; i < sizeof arr; i++) h = h * 131 + raw[i];
    pr_hex64("layout_hash", h);
    for (unsigned i = 0; i < sizeof(struct bf); i++) put_hexn(raw[sizeof(struct bf) + i], 2);
    put_nl();
    /* increments that overflow the field width wrap */
    struct bf y;
    memset(&y, 0, sizeof y);
    for (int i = 0; i < 20; i++) { y.a++; y.b--; y.c += 700; y.h++; y.g -= 500000; }
    put_str("wrap "); put_u64(y.a); put_char(' '); put_i64(y.b); put_char(' ');
    put_u64(y.c); put_char(' '); put_u64(y.h); put_char(' '); put_i64(y.g); put_nl();
    struct flags fl = { 0 };
    for (int i = 0; i < 100; i++) {
        fl.count += (unsigned)i;
        fl.code = (unsigned)(fl.code + 3);
        fl.busy = !fl.busy;
        if (i % 7 == 0) fl.err ^= 1;
    }
    fl.ready = 1;
    uint32_t word;
    memcpy(&word, &fl, 4);
    pr_hex32("flags_word", word);
    pr_u64("count", fl.count);
    ck(h ^ word);
    return rt_status();
}

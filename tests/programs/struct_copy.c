/* Struct copies and passing/returning structs by value: small (in regs),
 * medium (two regs / mixed int+float), large (via memory / memcpy), arrays
 * inside structs, nested structs, unions, compound literals. */
#include "rt.h"

struct small { int32_t a; int16_t b; int8_t c; };
struct two { int64_t x; int64_t y; };
struct mixed { double d; int32_t i; };
struct fpair { float f; float g; };
struct big { int64_t v[20]; char name[16]; struct two t; };
union u { uint64_t u; double d; uint8_t b[8]; struct { uint32_t lo, hi; } w; };

static NOINLINE struct small mk_small(int32_t a) { struct small s = { a, (int16_t)(a * 3), (int8_t)(a - 7) }; return s; }
static NOINLINE struct two swap_two(struct two t) { struct two r = { t.y, t.x }; return r; }
static NOINLINE struct mixed scale(struct mixed m, double k) { m.d *= k; m.i *= 2; return m; }
static NOINLINE struct fpair fp_add(struct fpair a, struct fpair b) { struct fpair r = { a.f + b.f, a.g - b.g }; return r; }
static NOINLINE struct big big_bump(struct big b, int64_t k)
{
    for (int i = 0; i < 20; i++) b.v[i] += k * i;
    b.name[0] = (char)('A' + (k & 15));
    b.t = swap_two(b.t);
    return b;
}
static NOINLINE int64_t big_sum(const struct big *b)
{
    int64_t s = 0;
    for (int i = 0; i < 20; i++) s += b->v[i];
    return s + b->t.x - b->t.y;
}
static NOINLINE uint64_t hash_bytes(const void *p, size_t n)
{
    const uint8_t *c = p;
    uint64_t h = 1469598103934665603ULL;
    while (n--) h = (h ^ *c++) * 1099511628211ULL;
    return h;
}

int main(void)
{
    struct small s = mk_small(1000);
    pr_i64("small.a", s.a); pr_i64("small.b", s.b); pr_i64("small.c", s.c);
    struct two t = { 1, -2 };
    t = swap_two(t);
    pr_i64("two.x", t.x); pr_i64("two.y", t.y);
    struct mixed m = { 1.5, 21 };
    m = scale(m, -2.25);
    put_str("mixed "); put_f64bits(m.d); put_char(' '); put_i64(m.i); put_nl();
    struct fpair fa = { 1.25f, 3.0f }, fb = { 0.5f, 0.125f };
    struct fpair fc = fp_add(fa, fb);
    put_str("fpair "); put_f32bits(fc.f); put_char(' '); put_f32bits(fc.g); put_nl();
    struct big b;
    memset(&b, 0, sizeof b);
    for (int i = 0; i < 20; i++) b.v[i] = i * i - 50;
    const char nm[] = "groundup";
    memcpy(b.name, nm, sizeof nm);
    b.t.x = 7; b.t.y = 9;
    struct big c = b;             /* plain copy */
    struct big d = big_bump(c, 3);  /* by value in and out */
    pr_i64("b_sum", big_sum(&b));
    pr_i64("c_sum", big_sum(&c));
    pr_i64("d_sum", big_sum(&d));
    put_str(d.name); put_nl();
    pr_hex64("d_hash", hash_bytes(&d, sizeof d));
    struct big arr[3];
    for (int i = 0; i < 3; i++) arr[i] = big_bump(b, i);
    arr[1] = arr[2];
    arr[0].t = arr[1].t;
    pr_hex64("arr_hash", hash_bytes(arr, sizeof arr));
    /* nested assignment through pointers, overlapping-free swap */
    struct big *p = &arr[0], *q = &arr[2];
    struct big tmp = *p; *p = *q; *q = tmp;
    pr_hex64("swapped", hash_bytes(arr, sizeof arr));
    union u uu;
    uu.d = -0.1;
    put_str("union "); put_hex64(uu.u); put_char(' '); put_hex32(uu.w.lo); put_char(' ');
    put_hex32(uu.w.hi); put_char(' '); put_u64(uu.b[7]); put_nl();
    uu.w.hi ^= 0x80000000u;
    put_str("flipped "); put_f64bits(uu.d); put_nl();
    struct two lit = swap_two((struct two){ .x = 40, .y = 2 });
    pr_i64("lit", lit.x * 100 + lit.y);
    /* struct with flexible zero-initialisation */
    struct big z = { .name = "z", .v = { [19] = 5 } };
    pr_hex64("z_hash", hash_bytes(&z, sizeof z));
    ck(hash_bytes(arr, sizeof arr));
    return rt_status();
}

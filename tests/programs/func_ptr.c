/* Function pointers and callbacks: dispatch tables, a generic qsort with a
 * comparator, map/fold with callbacks, function pointers returning function
 * pointers, pointers passed through structs, indirect tail calls. */
#include "rt.h"

typedef int64_t (*binop)(int64_t, int64_t);
static int64_t f_add(int64_t a, int64_t b) { return a + b; }
static int64_t f_sub(int64_t a, int64_t b) { return a - b; }
static int64_t f_mul(int64_t a, int64_t b) { return a * b; }
static int64_t f_max(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t f_xor(int64_t a, int64_t b) { return a ^ b; }

static NOINLINE int64_t fold(const int64_t *v, int n, int64_t init, binop f)
{
    for (int i = 0; i < n; i++) init = f(init, v[i]);
    return init;
}
static NOINLINE void map(int64_t *v, int n, int64_t (*f)(int64_t))
{
    for (int i = 0; i < n; i++) v[i] = f(v[i]);
}
static int64_t sq(int64_t x) { return x * x; }
static int64_t neg(int64_t x) { return -x; }
static int64_t half(int64_t x) { return x / 2; }

/* generic byte-wise qsort (shell sort) with a user comparator */
static NOINLINE void gsort(void *base, size_t n, size_t sz, int (*cmp)(const void *, const void *))
{
    unsigned char *b = base;
    unsigned char tmp[32];
    for (size_t gap = n / 2; gap; gap /= 2)
        for (size_t i = gap; i < n; i++)
            for (size_t j = i; j >= gap && cmp(b + (j - gap) * sz, b + j * sz) > 0; j -= gap) {
                memcpy(tmp, b + j * sz, sz);
                memcpy(b + j * sz, b + (j - gap) * sz, sz);
                memcpy(b + (j - gap) * sz, tmp, sz);
            }
}
static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}
static int cmp_i64_desc(const void *a, const void *b) { return cmp_i64(b, a); }
struct pt { int16_t x, y; };
static int cmp_pt(const void *a, const void *b)
{
    const struct pt *p = a, *q = b;
    int dp = p->x * p->x + p->y * p->y, dq = q->x * q->x + q->y * q->y;
    if (dp != dq) return dp < dq ? -1 : 1;
    return p->x != q->x ? (p->x < q->x ? -1 : 1) : (p->y > q->y) - (p->y < q->y);
}

/* functions returning function pointers */
typedef int64_t (*unop)(int64_t);
static unop pick(int i) { static const unop t[] = { sq, neg, half }; return t[i % 3]; }
typedef unop (*picker)(int);
static picker get_picker(void) { return pick; }

struct handler { const char *name; binop op; int64_t arg; };

static int64_t counter;
static void tick(void) { counter += 3; }
static void tock(void) { counter *= 2; }
static NOINLINE void run_n(void (*f)(void), int n) { while (n--) f(); }

int main(void)
{
    int64_t v[12];
    for (int i = 0; i < 12; i++) v[i] = (i * 37 % 23) - 11;
    static const binop ops[] = { f_add, f_sub, f_mul, f_max, f_xor };
    static const char *names[] = { "add", "sub", "mul", "max", "xor" };
    for (unsigned k = 0; k < ARRAY_LEN(ops); k++) {
        put_str(names[k]); put_char(' '); put_i64(fold(v, 12, k == 2 ? 1 : 0, ops[k])); put_nl();
    }
    map(v, 12, pick(0));
    map(v, 12, get_picker()(1));
    map(v, 12, get_picker()(5));
    for (int i = 0; i < 12; i++) { put_i64(v[i]); put_char(' '); }
    put_nl();
    gsort(v, 12, sizeof v[0], cmp_i64);
    for (int i = 0; i < 12; i++) { put_i64(v[i]); put_char(' '); }
    put_nl();
    gsort(v, 12, sizeof v[0], cmp_i64_desc);
    for (int i = 0; i < 12; i++) { put_i64(v[i]); put_char(' '); }
    put_nl();
    struct pt pts[20];
    for (int i = 0; i < 20; i++) { pts[i].x = (int16_t)((i * 7) % 11 - 5); pts[i].y = (int16_t)((i * 5) % 9 - 4); }
    gsort(pts, 20, sizeof pts[0], cmp_pt);
    for (int i = 0; i < 20; i++) { put_char('('); put_i64(pts[i].x); put_char(','); put_i64(pts[i].y); put_char(')'); }
    put_nl();
    struct handler hs[] = { { "a", f_add, 5 }, { "m", f_mul, -3 }, { "x", f_xor, 0x55 }, { "s", f_sub, 100 } };
    int64_t acc = 1;
    for (int r = 0; r < 5; r++)
        for (unsigned i = 0; i < ARRAY_LEN(hs); i++) acc = hs[i].op(acc, hs[i].arg);
    pr_i64("handlers", acc);
    run_n(tick, 5);
    run_n(tock, 3);
    run_n(tick, 1);
    pr_i64("counter", counter);
    ck((uint64_t)acc ^ (uint64_t)counter);
    return rt_status();
}

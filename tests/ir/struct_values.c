/* The C side of struct_values.ir: gcc's code passing and returning small structs of
   every register shape to and from functions written in IR. */
#include <stdio.h>

struct ff { float a, b; };
struct fi { float a; int b; };
struct dl { double d; long l; };
struct ll { long a, b; };
struct c3 { char c[3]; };
struct big { long a, b, c; };

struct ff ir_swap_ff(struct ff x);
struct fi ir_fi(float a, int b);
struct ll ir_ll(long a, long b);
double ir_dl_sum(struct dl x);
long ir_after_regs(long a, long b, long c, long d, long e, long f, long g, struct ll x);

struct ff c_ff(float a, float b) { struct ff r = {a, b}; return r; }
struct c3 c_c3(struct c3 x) { x.c[0] += 1; x.c[2] -= 1; return x; }
long c_big(struct big b) { return b.a * 100 + b.b * 10 + b.c; }
double c_mixed(double x, struct fi s, struct dl t) { return x + s.a + s.b + t.d + t.l; }

void c_side(void) {
    struct ff p = ir_swap_ff((struct ff){1.5f, -2.25f});
    printf("swap %g %g\n", p.a, p.b);
    struct fi q = ir_fi(0.5f, 42);
    printf("fi %g %d\n", q.a, q.b);
    struct ll r = ir_ll(-1, 1L << 40);
    printf("ll %ld %ld\n", r.a, r.b);
    printf("dl %g\n", ir_dl_sum((struct dl){0.25, 7}));
    printf("split %ld\n", ir_after_regs(1, 2, 3, 4, 5, 6, 7, (struct ll){80, 900}));
}

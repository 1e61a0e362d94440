/* setjmp-free coroutines: generators written as explicit state machines
 * (Duff's-device style switch resumption with saved state in structs), a
 * producer/consumer pipeline and a round-robin scheduler of tasks. */
#include "rt.h"

/* Protothread-like macros: resume point is a line number stored in the struct. */
#define CO_BEGIN(s) switch ((s)->pc) { case 0:
#define CO_YIELD(s, v) do { (s)->pc = __LINE__; return (v); case __LINE__:; } while (0)
#define CO_END(s) } (s)->pc = -1; return -1

struct fibgen { int pc; int64_t a, b; };
static int64_t fib_next(struct fibgen *g)
{
    CO_BEGIN(g);
    g->a = 0; g->b = 1;
    for (;;) {
        CO_YIELD(g, g->a);
        int64_t t = g->a + g->b; g->a = g->b; g->b = t;
        if (g->a > 1000000) break;
    }
    CO_END(g);
}

struct primegen { int pc; int64_t n, d; };
static int64_t prime_next(struct primegen *g)
{
    CO_BEGIN(g);
    for (g->n = 2; g->n < 400; g->n++) {
        for (g->d = 2; g->d * g->d <= g->n; g->d++)
            if (g->n % g->d == 0) goto notprime;
        CO_YIELD(g, g->n);
    notprime:;
    }
    CO_END(g);
}

/* a filter stage that pulls from a generator and yields only values with digit sum odd */
struct filt { int pc; struct primegen src; int64_t v; };
static int64_t filt_next(struct filt *f)
{
    CO_BEGIN(f);
    for (;;) {
        f->v = prime_next(&f->src);
        if (f->v < 0) break;
        {
            int64_t s = 0, x = f->v;
            while (x) { s += x % 10; x /= 10; }
            if (s & 1) CO_YIELD(f, f->v);
        }
    }
    CO_END(f);
}

/* round-robin tasks, each a state machine counting in its own way */
struct task { int pc; int id; int64_t i, acc; };
static int64_t task_step(struct task *t)
{
    CO_BEGIN(t);
    for (t->i = 0; t->i < 5 + t->id; t->i++) {
        t->acc = t->acc * 3 + t->id + t->i;
        CO_YIELD(t, t->acc);
        if (t->id == 2 && t->i == 2) {
            t->acc ^= 0xff;
            CO_YIELD(t, -t->acc - 2);
        }
    }
    CO_END(t);
}

int main(void)
{
    struct fibgen fg = { 0, 0, 0 };
    int64_t v;
    put_str("fib:");
    while ((v = fib_next(&fg)) >= 0) { put_char(' '); put_i64(v); }
    put_nl();
    struct filt fl = { 0, { 0, 0, 0 }, 0 };
    put_str("odd-digit-sum primes:");
    int n = 0;
    uint64_t h = 0;
    while ((v = filt_next(&fl)) >= 0) { if (n++ < 20) { put_char(' '); put_i64(v); } h = h * 31 + (uint64_t)v; }
    put_nl();
    pr_u64("count", (uint64_t)n);
    struct task tasks[4];
    for (int i = 0; i < 4; i++) { tasks[i].pc = 0; tasks[i].id = i; tasks[i].acc = i; tasks[i].i = 0; }
    int alive = 4, round = 0;
    while (alive) {
        alive = 0;
        put_str("round "); put_i64(round++); put_char(':');
        for (int i = 0; i < 4; i++) {
            if (tasks[i].pc == -1) continue;
            int64_t r = task_step(&tasks[i]);
            if (tasks[i].pc == -1) continue;
            alive++;
            put_char(' '); put_i64(r);
            h = h * 7 + (uint64_t)r;
        }
        put_nl();
    }
    ck(h);
    return rt_status();
}

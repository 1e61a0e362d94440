/* Recursion: naive fibonacci, ackermann (small), towers of hanoi with move
 * checksum, mutual recursion, recursive gcd and power, deep-ish call chain. */
#include "rt.h"

static NOINLINE uint64_t fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static NOINLINE uint64_t ack(uint64_t m, uint64_t n)
{
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static unsigned moves;
static uint64_t move_hash;
static NOINLINE void hanoi(int n, int from, int to, int via)
{
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    move_hash = move_hash * 7 + (uint64_t)(from * 3 + to) + (uint64_t)n;
    if (n >= 5) {
        put_str("move "); put_u64((uint64_t)n); put_char(' ');
        put_char((char)('A' + from)); put_str("->"); put_char((char)('A' + to)); put_nl();
    }
    hanoi(n - 1, via, to, from);
}

static int is_odd(unsigned n);
static NOINLINE int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static NOINLINE int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static NOINLINE uint64_t gcd(uint64_t a, uint64_t b) { return b ? gcd(b, a % b) : a; }
static NOINLINE uint64_t power(uint64_t b, unsigned e, uint64_t m)
{
    if (e == 0) return 1 % m;
    uint64_t h = power(b, e / 2, m);
    h = (uint64_t)(((unsigned __int128)h * h) % m);
    return e & 1 ? (uint64_t)(((unsigned __int128)h * b) % m) : h;
}

/* sum of a tree-shaped recursion with many arguments (exercises stack args) */
static NOINLINE int64_t many_args(int depth, int64_t a, int64_t b, int64_t c, int64_t d, int64_t e,
                                  int64_t f, int64_t g, int64_t h, int64_t i, int64_t j)
{
    if (depth == 0) return a - b + c - d + e - f + g - h + i - j;
    return many_args(depth - 1, b, c, d, e, f, g, h, i, j, a + depth) +
           many_args(depth - 1, j, i, h, g, f, e, d, c, b, a * 2);
}

int main(void)
{
    for (unsigned n = 0; n <= 20; n += 4) {
        uint64_t f = fib(n);
        put_str("fib("); put_u64(n); put_str(")="); put_u64(f); put_nl();
        ck(f);
    }
    for (uint64_t m = 0; m <= 2; m++)
        for (uint64_t n = 0; n <= 3; n++) {
            uint64_t a = ack(m, n);
            put_str("ack("); put_u64(m); put_char(','); put_u64(n); put_str(")="); put_u64(a); put_nl();
            ck(a);
        }
    put_str("ack(3,3)="); put_u64(ack(3, 3)); put_nl();
    hanoi(10, 0, 2, 1);
    pr_u64("hanoi_moves", moves);
    pr_hex64("hanoi_hash", move_hash);
    ck(move_hash);
    pr_u64("even(301)", (uint64_t)is_even(301));
    pr_u64("odd(777)", (uint64_t)is_odd(777));
    pr_u64("gcd", gcd(2971215073ULL * 6, 1836311903ULL * 6));
    pr_u64("pow", power(3, 1000003, 1000000007ULL));
    int64_t ma = many_args(6, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    pr_i64("many_args", ma);
    ck((uint64_t)ma);
    return rt_status();
}

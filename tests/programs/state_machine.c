/* Switch-heavy code: a tokenizer/evaluator for integer expressions driven by
 * a character-class state machine, a dense switch (jump table at -O2) and a
 * sparse switch (binary search / compare chains). */
#include "rt.h"

enum tok { T_NUM, T_PLUS, T_MINUS, T_MUL, T_DIV, T_MOD, T_LP, T_RP, T_END, T_ERR };
struct lexer { const char *p; int64_t num; };

static NOINLINE enum tok next_tok(struct lexer *lx)
{
    enum { S_START, S_NUM, S_HEX0, S_HEX } st = S_START;
    lx->num = 0;
    for (;;) {
        char c = *lx->p;
        switch (st) {
        case S_START:
            switch (c) {
            case ' ': case '\t': lx->p++; break;
            case '0': lx->p++; st = S_HEX0; break;
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                st = S_NUM; break;
            case '+': lx->p++; return T_PLUS;
            case '-': lx->p++; return T_MINUS;
            case '*': lx->p++; return T_MUL;
            case '/': lx->p++; return T_DIV;
            case '%': lx->p++; return T_MOD;
            case '(': lx->p++; return T_LP;
            case ')': lx->p++; return T_RP;
            case 0: return T_END;
            default: return T_ERR;
            }
            break;
        case S_NUM:
            if (c >= '0' && c <= '9') { lx->num = (int64_t)((uint64_t)lx->num * 10 + (uint64_t)(c - '0')); lx->p++; }
            else return T_NUM;
            break;
        case S_HEX0:
            if (c == 'x') { lx->p++; st = S_HEX; }
            else if (c >= '0' && c <= '9') st = S_NUM;
            else return T_NUM;  /* plain 0 */
            break;
        case S_HEX:
            if (c >= '0' && c <= '9') lx->num = (int64_t)((uint64_t)lx->num * 16 + (uint64_t)(c - '0'));
            else if (c >= 'a' && c <= 'f') lx->num = (int64_t)((uint64_t)lx->num * 16 + (uint64_t)(c - 'a' + 10));
            else return T_NUM;
            lx->p++;
            break;
        }
    }
}

/* recursive descent with one token of lookahead */
struct parser { struct lexer lx; enum tok t; int err; };
static void adv(struct parser *ps) { ps->t = next_tok(&ps->lx); }
static int64_t expr(struct parser *ps);
static int64_t atom(struct parser *ps)
{
    switch (ps->t) {
    case T_NUM: { int64_t v = ps->lx.num; adv(ps); return v; }
    case T_MINUS: adv(ps); return (int64_t)(0 - (uint64_t)atom(ps));
    case T_LP: { adv(ps); int64_t v = expr(ps); if (ps->t != T_RP) ps->err = 1; adv(ps); return v; }
    default: ps->err = 1; return 0;
    }
}
static int64_t term(struct parser *ps)
{
    int64_t v = atom(ps);
    for (;;) {
        enum tok op = ps->t;
        if (op != T_MUL && op != T_DIV && op != T_MOD) return v;
        adv(ps);
        int64_t r = atom(ps);
        switch (op) {
        case T_MUL: v = (int64_t)((uint64_t)v * (uint64_t)r); break;
        case T_DIV: if (r == 0 || (r == -1 && v == INT64_MIN)) { ps->err = 2; return 0; } v /= r; break;
        default: if (r == 0 || r == -1) { ps->err = 2; return 0; } v %= r; break;
        }
    }
}
static int64_t expr(struct parser *ps)
{
    int64_t v = term(ps);
    while (ps->t == T_PLUS || ps->t == T_MINUS) {
        enum tok op = ps->t;
        adv(ps);
        int64_t r = term(ps);
        v = (int64_t)(op == T_PLUS ? (uint64_t)v + (uint64_t)r : (uint64_t)v - (uint64_t)r);
    }
    return v;
}

static NOINLINE int dense(int x)
{
    switch (x) {
    case 0: return 17; case 1: return -3; case 2: return 99; case 3: return 4;
    case 4: return 1000; case 5: return 5; case 6: return -77; case 7: return 8;
    case 8: return 123; case 9: return 0; case 10: return 31; case 11: return 64;
    default: return -1;
    }
}
static NOINLINE int sparse(int64_t x)
{
    switch (x) {
    case -1000000: return 1; case -5: return 2; case 0: return 3; case 7: return 4;
    case 100: return 5; case 4096: return 6; case 65535: return 7; case 1000000007: return 8;
    case 0x7fffffffffffLL: return 9;
    default: return 0;
    }
}

int main(void)
{
    static const char *exprs[] = {
        "1+2*3", "(1+2)*3", "100/7", "-100/7", "100%7", "-100%7", "0x10*0x10+0",
        "2*(3+(4*(5+6)))-7", "1/0", "((1)", "9223372036854775807+1-1", "0x7fffffffffffffff*2",
        "  42  ", "1 - - 1", "-0x7fffffffffffffff-1", "(0-0x7fffffffffffffff-1)/-1", "12 % 5 * 3 / 2", "$",
    };
    uint64_t h = 0;
    for (unsigned i = 0; i < ARRAY_LEN(exprs); i++) {
        struct parser ps = { { exprs[i], 0 }, T_END, 0 };
        adv(&ps);
        int64_t v = expr(&ps);
        if (ps.t != T_END && !ps.err) ps.err = 3;
        put_str(exprs[i]); put_str(" => ");
        if (ps.err) { put_str("error "); put_i64(ps.err); }
        else put_i64(v);
        put_nl();
        h = h * 7 + (uint64_t)v + (uint64_t)ps.err;
    }
    int64_t d = 0;
    for (int i = -3; i < 30; i++) d = d * 3 + dense(i % 14);
    pr_i64("dense", d);
    static const int64_t sp[] = { -1000000, -5, 0, 7, 100, 4096, 65535, 1000000007, 0x7fffffffffffLL, 1, 8, -6 };
    int64_t s = 0;
    for (unsigned i = 0; i < ARRAY_LEN(sp); i++) s = s * 10 + sparse(sp[i]);
    pr_i64("sparse", s);
    ck(h);
    return rt_status();
}

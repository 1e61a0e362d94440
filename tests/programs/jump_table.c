/* A bytecode virtual machine three ways: a dense switch (compiled to a jump
 * table), GNU computed goto (&&label dispatch), and a table of handler
 * function pointers.  Runs a few small programs (loops, calls, arithmetic)
 * and checks that all three agree. */
#include "rt.h"

enum { OP_PUSH, OP_ADD, OP_SUB, OP_MUL, OP_DUP, OP_SWAP, OP_JNZ, OP_DEC, OP_PRINT, OP_HALT,
       OP_OVER, OP_DROP, OP_CALL, OP_RET, OP_MOD, OP_JMP, NOPS };

/* factorial(10), the sum 1..1000, gcd via call/ret, a countdown */
static const int64_t prog_fact[] = {
    OP_PUSH, 1, OP_PUSH, 10,                    /* [acc n] */
    /* 4 */ OP_DUP, OP_JNZ, 9, OP_JMP, 16,
    /* 9 */ OP_SWAP, OP_OVER, OP_MUL, OP_SWAP, OP_DEC, OP_JMP, 4,
    /* 16 */ OP_DROP, OP_PRINT, OP_HALT };
static const int64_t prog_sum[] = {
    OP_PUSH, 0, OP_PUSH, 1000,
    /* 4 */ OP_DUP, OP_JNZ, 9, OP_JMP, 16,
    /* 9 */ OP_SWAP, OP_OVER, OP_ADD, OP_SWAP, OP_DEC, OP_JMP, 4,
    /* 16 */ OP_DROP, OP_PRINT, OP_HALT };
static const int64_t prog_gcd[] = {
    OP_PUSH, 1071, OP_PUSH, 462, OP_CALL, 8, OP_PRINT, OP_HALT,
    /* 8: gcd [a b] */ OP_DUP, OP_JNZ, 13, OP_DROP, OP_RET,
    /* 13 */ OP_SWAP, OP_OVER, OP_MOD, OP_JMP, 8 };
static const int64_t prog_count[] = {
    OP_PUSH, 5,
    /* 2 */ OP_DUP, OP_PRINT, OP_DEC, OP_DUP, OP_JNZ, 2,
    /* 8 */ OP_DROP, OP_PUSH, 100, OP_PUSH, 58, OP_SUB, OP_PRINT, OP_HALT };

static int64_t out_acc;
static int outputs;
static void emit(int64_t v) { put_i64(v); put_char(' '); out_acc = out_acc * 31 + v; outputs++; }

static NOINLINE void run_switch(const int64_t *code)
{
    int64_t st[64], rs[16];
    int sp = 0, rp = 0;
    long pc = 0;
    for (;;) {
        switch (code[pc++]) {
        case OP_PUSH: st[sp++] = code[pc++]; break;
        case OP_ADD: sp--; st[sp - 1] += st[sp]; break;
        case OP_SUB: sp--; st[sp - 1] -= st[sp]; break;
        case OP_MUL: sp--; st[sp - 1] *= st[sp]; break;
        case OP_MOD: sp--; st[sp - 1] %= st[sp]; break;
        case OP_DUP: st[sp] = st[sp - 1]; sp++; break;
        case OP_OVER: st[sp] = st[sp - 2]; sp++; break;
        case OP_DROP: sp--; break;
        case OP_SWAP: { int64_t t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; break; }
        case OP_JNZ: { int64_t t = code[pc++]; if (st[--sp]) pc = t; break; }
        case OP_JMP: pc = code[pc]; break;
        case OP_DEC: st[sp - 1]--; break;
        case OP_PRINT: emit(st[--sp]); break;
        case OP_CALL: rs[rp++] = pc + 1; pc = code[pc]; break;
        case OP_RET: pc = rs[--rp]; break;
        case OP_HALT: return;
        default: put_str("bad op\n"); return;
        }
    }
}

static NOINLINE void run_goto(const int64_t *code)
{
    static void *const labels[NOPS] = {
        [OP_PUSH] = &&l_push, [OP_ADD] = &&l_add, [OP_SUB] = &&l_sub, [OP_MUL] = &&l_mul,
        [OP_DUP] = &&l_dup, [OP_SWAP] = &&l_swap, [OP_JNZ] = &&l_jnz, [OP_DEC] = &&l_dec,
        [OP_PRINT] = &&l_print, [OP_HALT] = &&l_halt, [OP_OVER] = &&l_over, [OP_DROP] = &&l_drop,
        [OP_CALL] = &&l_call, [OP_RET] = &&l_ret, [OP_MOD] = &&l_mod, [OP_JMP] = &&l_jmp,
    };
    int64_t st[64], rs[16];
    int sp = 0, rp = 0;
    long pc = 0;
#define NEXT goto *labels[code[pc++]]
    NEXT;
l_push: st[sp++] = code[pc++]; NEXT;
l_add: sp--; st[sp - 1] += st[sp]; NEXT;
l_sub: sp--; st[sp - 1] -= st[sp]; NEXT;
l_mul: sp--; st[sp - 1] *= st[sp]; NEXT;
l_mod: sp--; st[sp - 1] %= st[sp]; NEXT;
l_dup: st[sp] = st[sp - 1]; sp++; NEXT;
l_over: st[sp] = st[sp - 2]; sp++; NEXT;
l_drop: sp--; NEXT;
l_swap: { int64_t t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; } NEXT;
l_jnz: { int64_t t = code[pc++]; if (st[--sp]) pc = t; } NEXT;
l_jmp: pc = code[pc]; NEXT;
l_dec: st[sp - 1]--; NEXT;
l_print: emit(st[--sp]); NEXT;
l_call: rs[rp++] = pc + 1; pc = code[pc]; NEXT;
l_ret: pc = rs[--rp]; NEXT;
l_halt: return;
#undef NEXT
}

struct vm { const int64_t *code; int64_t st[64], rs[16]; int sp, rp; long pc; int halted; };
static void h_push(struct vm *m) { m->st[m->sp++] = m->code[m->pc++]; }
static void h_add(struct vm *m) { m->sp--; m->st[m->sp - 1] += m->st[m->sp]; }
static void h_sub(struct vm *m) { m->sp--; m->st[m->sp - 1] -= m->st[m->sp]; }
static void h_mul(struct vm *m) { m->sp--; m->st[m->sp - 1] *= m->st[m->sp]; }
static void h_mod(struct vm *m) { m->sp--; m->st[m->sp - 1] %= m->st[m->sp]; }
static void h_dup(struct vm *m) { m->st[m->sp] = m->st[m->sp - 1]; m->sp++; }
static void h_over(struct vm *m) { m->st[m->sp] = m->st[m->sp - 2]; m->sp++; }
static void h_drop(struct vm *m) { m->sp--; }
static void h_swap(struct vm *m) { int64_t t = m->st[m->sp - 1]; m->st[m->sp - 1] = m->st[m->sp - 2]; m->st[m->sp - 2] = t; }
static void h_jnz(struct vm *m) { int64_t t = m->code[m->pc++]; if (m->st[--m->sp]) m->pc = t; }
static void h_jmp(struct vm *m) { m->pc = m->code[m->pc]; }
static void h_dec(struct vm *m) { m->st[m->sp - 1]--; }
static void h_print(struct vm *m) { emit(m->st[--m->sp]); }
static void h_call(struct vm *m) { m->rs[m->rp++] = m->pc + 1; m->pc = m->code[m->pc]; }
static void h_ret(struct vm *m) { m->pc = m->rs[--m->rp]; }
static void h_halt(struct vm *m) { m->halted = 1; }
static void (*const handlers[NOPS])(struct vm *) = {
    h_push, h_add, h_sub, h_mul, h_dup, h_swap, h_jnz, h_dec, h_print, h_halt,
    h_over, h_drop, h_call, h_ret, h_mod, h_jmp,
};
static NOINLINE void run_table(const int64_t *code)
{
    static struct vm m;
    m.code = code; m.sp = m.rp = 0; m.pc = 0; m.halted = 0;
    while (!m.halted) handlers[m.code[m.pc++]](&m);
}

int main(void)
{
    const int64_t *progs[] = { prog_fact, prog_sum, prog_gcd, prog_count };
    void (*runners[])(const int64_t *) = { run_switch, run_goto, run_table };
    static const char *names[] = { "switch", "goto", "table" };
    int64_t accs[3];
    for (int r = 0; r < 3; r++) {
        out_acc = 0;
        put_str(names[r]);
        put_str(": ");
        for (int p = 0; p < 4; p++) runners[r](progs[p]);
        put_nl();
        accs[r] = out_acc;
    }
    pr_u64("agree", accs[0] == accs[1] && accs[1] == accs[2]);
    pr_u64("outputs", (uint64_t)outputs);
    ck((uint64_t)accs[0]);
    return rt_status();
}

int printf(const char *, ...);

enum op { PUSH, ADD, SUB, MUL, DUP, SWAP, JZ, JMP, PRINT, HALT, DEC, OVER };

/* 10! by a loop over the stack "n acc", then a little arithmetic */
static const int code[] = {
  PUSH, 10, PUSH, 1,  /* 0: n acc */
  OVER, MUL,          /* 4: n acc*n */
  SWAP, DEC,          /* 6: acc n-1 */
  DUP, JZ, 14,        /* 8: if n-1 == 0 goto 14 */
  SWAP, JMP, 4,       /* 11: n-1 acc, loop */
  SWAP, PRINT,        /* 14: print acc */
  PUSH, 7, PUSH, 5, SUB, PRINT,
  PUSH, 3, PUSH, 4, ADD, PRINT,
  HALT,
};

int run(const int *pc0) {
  long stack[32];
  int sp = 0;
  const int *pc = pc0;
  int steps = 0;
  for (;;) {
    steps++;
    switch (*pc++) {
    case PUSH: stack[sp++] = *pc++; break;
    case ADD: sp--; stack[sp - 1] += stack[sp]; break;
    case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
    case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
    case DUP: stack[sp] = stack[sp - 1]; sp++; break;
    case OVER: stack[sp] = stack[sp - 2]; sp++; break;
    case SWAP: { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
    case DEC: stack[sp - 1]--; break;
    case JZ: { int target = *pc++; if (stack[--sp] == 0) pc = pc0 + target; break; }
    case JMP: pc = pc0 + *pc; break;
    case PRINT: printf("%ld\n", stack[--sp]); break;
    case HALT: return steps;
    }
  }
}

int main(void) {
  int steps = run(code);
  printf("%d steps\n", steps);
  return 0;
}

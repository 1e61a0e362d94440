/* setjmp/longjmp across frames, with values preserved in volatile locals. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth;

static void dive(int n) {
    depth = n;
    if (n == 7) longjmp(env, n * 6);
    dive(n + 1);
    printf("never\n");
}

int main(void) {
    volatile int rounds = 0;
    int v = setjmp(env);
    rounds++;
    printf("setjmp returned %d (round %d, depth %d)\n", v, rounds, depth);
    if (rounds < 3) dive(rounds);
    jmp_buf inner;
    if (!setjmp(inner)) {
        printf("inner first\n");
        longjmp(inner, 0);
    } else
        printf("longjmp(0) arrives as 1\n");
    return 0;
}

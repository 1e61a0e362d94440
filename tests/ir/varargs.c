/* The C side of varargs.ir: gcc's code calling a variadic function written in IR. */
#include <stdio.h>

long ir_sum(int n, ...);
double ir_dsum(int n, ...);

void c_side(void) {
    printf("c ints %ld\n", ir_sum(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("c doubles %g\n", ir_dsum(3, 0.5, 0.25, 2.0));
}

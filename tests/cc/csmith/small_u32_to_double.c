/* csmith seed 1035 (--float), and five more of seeds 1000-1106: groundup cc -O0 gave
 * the assembler `li fs0, 1941699817` and `fcvt.d.wu fs0, fs0`. The register allocator
 * coalesces a conversion that leaves the register as it is — a u32 known to be below
 * 2**31 widened to 64 bits — and took a u32 -> double conversion for one: the integer
 * vreg was merged into the double's, and both got a floating-point register.
 * (groundup/cc/regalloc.py is_move: only integer destinations.) */
#include <stdio.h>

int main(void) {
    volatile unsigned seed = 1941699817u;
    unsigned small = seed & 0x7fffffffu; /* below 2**31: widening it moves it */
    double d = small;              /* but converting it to double does not */
    unsigned shifted = seed >> 3;
    double e = shifted;
    unsigned long wide = small; /* this one is a move */
    printf("%.1f %.1f %lu\n", d, e, wide);
    for (unsigned i = 0; i < 3; i++) {
        unsigned k = (seed >> i) % 1000u;
        double f = k;
        printf("%u %.1f\n", k, f * 0.5);
    }
    return 0;
}

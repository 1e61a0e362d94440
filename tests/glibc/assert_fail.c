/* A failed assert prints program, file, line and expression, then aborts. */
#include <assert.h>
#include <stdio.h>

static int half(int x) {
    assert(x % 2 == 0 && "x must be even");
    return x / 2;
}

int main(void) {
    fprintf(stderr, "half(10) = %d\n", half(10));
    fprintf(stderr, "half(7) = %d\n", half(7));
    return 0;
}

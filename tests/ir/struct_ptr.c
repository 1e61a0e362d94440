/* gcc's side of struct_ptr.ir: main passes pointers to structs to IR functions, and
   IR calls back into C with pointers to structs on its own stack. */
#include <stdio.h>

struct point { short x; int y; char tag; long z; unsigned char flags[3]; };

long ir_sum(struct point *p);
void ir_move(struct point *p, int dx, long dz);
void ir_make(int n);

void c_show(const struct point *p) {
    printf("c_show: x=%d y=%d tag=%c z=%ld flags=%u,%u,%u size=%zu\n", p->x, p->y, p->tag, p->z,
           p->flags[0], p->flags[1], p->flags[2], sizeof *p);
}

int main(void) {
    struct point p = {-3, 100000, 'q', -5000000000L, {1, 2, 255}};
    printf("ir_sum = %ld\n", ir_sum(&p));
    ir_move(&p, 7, 10);
    c_show(&p);
    ir_make(5);
    return 0;
}

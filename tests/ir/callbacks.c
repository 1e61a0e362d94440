/* gcc's side of callbacks.ir: C calls IR through function pointers, and the two sides
   share global variables. */
#include <stdio.h>

long c_counter = 100;   /* IR adds to it */
extern int ir_total;    /* defined by IR */
long ir_square(long);
unsigned char ir_upper(unsigned char);

long c_apply(long (*f)(long), long x) { return f(x) + 1; }

void c_map(unsigned char *s, unsigned char (*f)(unsigned char)) {
    for (; *s; s++) *s = f(*s);
}

void c_report(void) { printf("c_report: c_counter=%ld ir_total=%d\n", c_counter, ir_total); }

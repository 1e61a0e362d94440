/* hello_world.c: a C program on groundup from top to bottom.
 *
 *     groundup run examples/hello_world.c [NAME...]
 *
 * groundup cc compiles it, links it with groundup's own C library (itself compiled
 * by groundup cc the first time, then cached), and groundup's kernel runs it on the
 * emulated RISC-V machine: printf's bytes reach your terminal through write(2).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long fib(int n) { return n < 2 ? (unsigned long)n : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv) {
    printf("Hello, world! (from %s, on RISC-V under groundup)\n", argv[0]);
    for (int i = 1; i < argc; i++)
        printf("Hello, %s!\n", argv[i]);

    char *copy = malloc(32);                          /* groundup's malloc, over brk */
    strcpy(copy, "fib(20) = ");
    printf("%s%lu, pi is about %.6f\n", copy, fib(20), 355.0 / 113.0);
    free(copy);
    return 0;
}

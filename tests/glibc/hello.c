/* The smallest glibc program: stdio, a return status from main. */
#include <stdio.h>

int main(void) {
    printf("Hello from glibc on RISC-V!\n");
    puts("puts adds a newline");
    fputs("fputs to stdout\n", stdout);
    fputs("and to stderr\n", stderr);
    return 0;
}

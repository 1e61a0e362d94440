/* A glibc program prints its own /proc/self/maps. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    char *heap = malloc(1000); /* glibc's first malloc makes the heap with brk */
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f || !heap) {
        perror("/proc/self/maps");
        return 1;
    }
    char line[512];
    while (fgets(line, sizeof line, f))
        fputs(line, stdout);
    fclose(f);
    return 0;
}

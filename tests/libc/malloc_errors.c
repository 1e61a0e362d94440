/* Heap misuse the allocator must catch (argv[1] says which): each ends in abort()
 * with a message naming the problem. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    const char *c = argc > 1 ? argv[1] : "";
    char *p = malloc(32), *q = malloc(32);
    if (strcmp(c, "double") == 0) {
        free(p);
        free(p);
    } else if (strcmp(c, "bad") == 0) {
        free(p + 16);
    } else if (strcmp(c, "overflow") == 0) {
        memset(p, 'x', 48 + 8); /* past the footer into q's header */
        free(p);
    } else if (strcmp(c, "footer") == 0) {
        memset(p, 'x', 40); /* into p's own footer only */
        free(p);
    } else if (strcmp(c, "realloc") == 0) {
        free(q);
        q = realloc(q, 100);
    }
    printf("not caught\n");
    return 0;
}

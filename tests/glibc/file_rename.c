/* rename and unlink: the old name disappears, errors name the reason. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void try_open(const char *p) {
    FILE *f = fopen(p, "r");
    if (!f) {
        printf("fopen %s: %s\n", strrchr(p, '/') + 1, strerror(errno));
        return;
    }
    char buf[64] = "";
    fgets(buf, sizeof buf, f);
    printf("fopen %s: [%s]\n", strrchr(p, '/') + 1, buf);
    fclose(f);
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : ".";
    char a[256], b[256], c[256];
    snprintf(a, sizeof a, "%s/alpha.txt", dir);
    snprintf(b, sizeof b, "%s/beta.txt", dir);
    snprintf(c, sizeof c, "%s/gamma.txt", dir);
    FILE *f = fopen(a, "w");
    fputs("contents of alpha", f);
    fclose(f);
    f = fopen(c, "w");
    fputs("contents of gamma", f);
    fclose(f);
    printf("rename a->b: %d\n", rename(a, b));
    try_open(a);
    try_open(b);
    printf("rename b->c (replaces): %d\n", rename(b, c));
    try_open(b);
    try_open(c);
    errno = 0;
    printf("rename missing: %d (%s)\n", rename(a, b), strerror(errno));
    printf("unlink c: %d\n", unlink(c));
    errno = 0;
    printf("unlink again: %d (%s)\n", unlink(c), strerror(errno));
    return 0;
}

/* stdio buffering modes, binary fwrite/fread of structs, fseek to records, ungetc. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct rec {
    int id;
    double value;
    char tag[8];
};

int main(int argc, char **argv) {
    char path[256];
    snprintf(path, sizeof path, "%s/records.bin", argc > 1 ? argv[1] : ".");
    FILE *f = fopen(path, "wb+");
    static char buf[64];
    setvbuf(f, buf, _IOFBF, sizeof buf);
    for (int i = 0; i < 40; i++) {
        struct rec r = {i, i * 1.25, ""};
        snprintf(r.tag, sizeof r.tag, "t%d", i * i);
        fwrite(&r, sizeof r, 1, f);
    }
    printf("ftell after writes: %ld (record %zu bytes)\n", ftell(f), sizeof(struct rec));
    for (int i = 37; i >= 0; i -= 9) {
        struct rec r;
        fseek(f, (long)i * sizeof r, SEEK_SET);
        size_t n = fread(&r, sizeof r, 1, f);
        printf("record %d: n=%zu id=%d value=%.2f tag=%s\n", i, n, r.id, r.value, r.tag);
    }
    struct rec r = {999, -1, "patched"};
    fseek(f, 5 * sizeof r, SEEK_SET);
    fwrite(&r, sizeof r, 1, f);
    rewind(f);
    int ids = 0;
    while (fread(&r, sizeof r, 1, f) == 1) ids += r.id;
    printf("sum of ids %d, feof %d\n", ids, feof(f));
    fclose(f);
    f = fopen(path, "r");
    int c = fgetc(f);
    ungetc('Z', f);
    printf("fgetc %d then ungetc gives %c\n", c, fgetc(f));
    fclose(f);
    unlink(path);
    setvbuf(stdout, NULL, _IOLBF, 0);
    printf("line buffered now\n");
    setvbuf(stderr, NULL, _IOFBF, 1024);
    fprintf(stderr, "stderr fully buffered, ");
    fprintf(stderr, "flushed at exit\n");
    for (int i = 0; i < 3; i++) putchar('a' + i), putc('0' + i, stdout);
    putchar('\n');
    return 0;
}

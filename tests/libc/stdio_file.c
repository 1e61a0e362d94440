/* stdio.h streams: files in the current directory, every buffering mode, reading and
 * writing and positioning, ungetc, errors. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void dump(const char *name) {
    FILE *f = fopen(name, "r");
    int c;
    printf("%s: [", name);
    while ((c = getc(f)) != EOF)
        putchar(c == '\n' ? '|' : c);
    printf("] eof %d err %d\n", feof(f) != 0, ferror(f) != 0);
    fclose(f);
}

int main(void) {
    const char *name = "libc_stdio_test.txt";
    FILE *f = fopen(name, "w");
    printf("fopen w %d\n", f != 0);
    for (int i = 0; i < 5; i++)
        fprintf(f, "line %d\n", i);
    fputs("fputs\n", f);
    fputc('C', f);
    putc('\n', f);
    printf("fwrite %zu\n", fwrite("abcdef", 2, 3, f));
    printf("ftell %ld\n", ftell(f));
    printf("fclose %d\n", fclose(f));
    dump(name);

    f = fopen(name, "r");
    char line[16];
    while (fgets(line, sizeof line, f))
        printf("fgets [%s]", line);
    printf("\nfeof %d\n", feof(f) != 0);
    clearerr(f);
    printf("clearerr %d\n", feof(f));
    rewind(f);
    printf("getc %c ungetc %c getc %c\n", getc(f), ungetc('Z', f), getc(f));
    printf("ftell after ungetc %ld\n", ftell(f));
    fseek(f, -4, SEEK_END);
    printf("fseek end [%c] ftell %ld\n", fgetc(f), ftell(f));
    fseek(f, 5, SEEK_SET);
    char small[8] = {0};
    printf("fread %zu [%s]\n", fread(small, 1, 7, f), small);
    fseek(f, 2, SEEK_CUR);
    printf("fseek cur [%c]\n", fgetc(f));
    fpos_t pos;
    fgetpos(f, &pos);
    int a = fgetc(f);
    fsetpos(f, &pos);
    printf("fsetpos %d\n", a == fgetc(f));
    printf("fputc on read-only %d ferror %d\n", fputc('x', f), ferror(f) != 0);
    fclose(f);

    f = fopen(name, "a+");
    fputs("appended\n", f);
    fseek(f, 0, SEEK_SET);
    printf("a+ first [%c]\n", fgetc(f));
    fclose(f);
    dump(name);

    f = fopen(name, "r+");
    fseek(f, 2, SEEK_SET);
    fputs("XY", f);
    fseek(f, 0, SEEK_SET);
    printf("r+ [%c%c%c%c%c]\n", fgetc(f), fgetc(f), fgetc(f), fgetc(f), fgetc(f));
    fclose(f);

    static char mybuf[32];
    for (int mode = 0; mode < 3; mode++) {
        f = fopen(name, "w");
        printf("setvbuf %d\n", setvbuf(f, mode == 0 ? mybuf : 0, mode, sizeof mybuf));
        for (int i = 0; i < 100; i++)
            fprintf(f, "%d,", i);
        fclose(f);
        f = fopen(name, "r");
        char big[400];
        size_t n = fread(big, 1, sizeof big, f);
        printf("mode %d read %zu last %c%c\n", mode, n, big[n - 3], big[n - 2]);
        fclose(f);
    }

    FILE *g = fdopen(dup(1), "w");
    fprintf(g, "fdopen stdout\n");
    fflush(g);
    fclose(g);

    FILE *t = tmpfile();
    printf("tmpfile %d\n", t != 0);
    if (t) {
        fputs("temporary", t);
        rewind(t);
        printf("tmpfile read [%s]\n", fgets(line, sizeof line, t));
        fclose(t);
    }

    printf("rename %d\n", rename(name, "libc_stdio_test2.txt"));
    printf("fopen old %d errno %d\n", fopen(name, "r") == 0, errno);
    printf("remove %d %d\n", remove("libc_stdio_test2.txt"), remove("libc_stdio_test2.txt"));
    errno = ENOENT;
    perror("perror test");
    fflush(stdout);
    fprintf(stderr, "to stderr %d\n", 42);
    printf("fopen bad mode %d\n", fopen(name, "q") == 0);
    printf("printf returns %d\n", printf("%s\n", "twelve chars"));
    puts("puts");
    return 0;
}

/* Create a file in the directory argv[1], write it with stdio, read it back, stat, unlink. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    char path[256];
    snprintf(path, sizeof path, "%s/file_rw.txt", argv[1]);
    FILE *f = fopen(path, "w");
    if (!f) {
        perror("fopen w");
        return 1;
    }
    for (int i = 0; i < 200; i++) fprintf(f, "line %03d: %s\n", i, i % 3 ? "fizz" : "buzz");
    if (fclose(f)) perror("fclose");
    struct stat st;
    if (stat(path, &st)) perror("stat");
    printf("size=%lld regular=%d mode=%o\n", (long long)st.st_size, S_ISREG(st.st_mode),
           st.st_mode & 0777 & ~0022);
    f = fopen(path, "r");
    char line[64];
    int n = 0, buzz = 0;
    while (fgets(line, sizeof line, f)) {
        n++;
        buzz += strstr(line, "buzz") != NULL;
        if (n % 50 == 1) printf("read: %s", line);
    }
    printf("%d lines, %d buzz, eof=%d\n", n, buzz, feof(f));
    fclose(f);
    f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    rewind(f);
    char *all = malloc(size + 1);
    size_t got = fread(all, 1, size, f);
    all[got] = 0;
    fclose(f);
    printf("fread %zu of %ld, last line: %s", got, size, strrchr(all, 'l'));
    free(all);
    printf("access before unlink: %d\n", access(path, F_OK));
    if (unlink(path)) perror("unlink");
    printf("access after unlink: %d\n", access(path, F_OK));
    return 0;
}

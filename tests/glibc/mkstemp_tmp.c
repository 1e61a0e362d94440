/* Temporary files: mkstemp in the given directory, and tmpfile() (in /tmp). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    char tmpl[256];
    snprintf(tmpl, sizeof tmpl, "%s/tmpXXXXXX", argc > 1 ? argv[1] : ".");
    int fd = mkstemp(tmpl);
    printf("mkstemp ok: %d, name has no X left: %d\n", fd >= 0, strstr(tmpl, "XXXXXX") == NULL);
    const char *msg = "temporary data\n";
    printf("write %zd\n", write(fd, msg, strlen(msg)));
    lseek(fd, 0, SEEK_SET);
    char buf[32] = {0};
    printf("read %zd [%s]", read(fd, buf, sizeof buf - 1), buf);
    close(fd);
    printf("unlink %d\n", unlink(tmpl));
    FILE *t = tmpfile();
    printf("tmpfile ok: %d\n", t != NULL);
    if (!t) return 1;
    for (int i = 0; i < 100; i++) fprintf(t, "%d,", i * i);
    rewind(t);
    int v, sum = 0, n = 0;
    while (fscanf(t, "%d,", &v) == 1) sum += v, n++;
    printf("read back %d values, sum %d\n", n, sum);
    fclose(t);
    return 0;
}

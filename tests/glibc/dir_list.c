/* mkdir, create files, list the directory with readdir (sorted), rmdir. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        printf("opendir: %s\n", strerror(errno));
        return;
    }
    char *names[64];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 64) {
        char what = e->d_type == DT_DIR ? 'd' : e->d_type == DT_REG ? 'f' : '?';
        char *s = malloc(strlen(e->d_name) + 3);
        sprintf(s, "%s %c", e->d_name, what);
        names[n++] = s;
    }
    closedir(d);
    qsort(names, n, sizeof names[0], cmp);
    for (int i = 0; i < n; i++) {
        printf("  %s\n", names[i]);
        free(names[i]);
    }
}

int main(int argc, char **argv) {
    char top[256], path[300];
    snprintf(top, sizeof top, "%s/listing", argc > 1 ? argv[1] : ".");
    printf("mkdir: %d\n", mkdir(top, 0755));
    errno = 0;
    printf("mkdir again: %d %s\n", mkdir(top, 0755), strerror(errno));
    for (int i = 0; i < 12; i++) {
        snprintf(path, sizeof path, "%s/file%02d.dat", top, (i * 7) % 12);
        FILE *f = fopen(path, "w");
        fprintf(f, "%d\n", i);
        fclose(f);
    }
    snprintf(path, sizeof path, "%s/sub", top);
    mkdir(path, 0700);
    list(top);
    struct stat st;
    stat(path, &st);
    printf("sub is dir: %d\n", S_ISDIR(st.st_mode));
    errno = 0;
    printf("rmdir non-empty: %d %s\n", rmdir(top), strerror(errno));
    for (int i = 0; i < 12; i++) {
        snprintf(path, sizeof path, "%s/file%02d.dat", top, i);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/sub", top);
    printf("rmdir sub: %d\n", rmdir(path));
    list(top);
    printf("rmdir top: %d\n", rmdir(top));
    list(top);
    return 0;
}

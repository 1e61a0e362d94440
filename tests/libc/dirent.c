/* dirent.h: a directory made here, listed with readdir (sorted) and scandir. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int not_dot(const struct dirent *e) { return e->d_name[0] != '.'; }

int main(void) {
    mkdir("libc_dir_test", 0755);
    const char *names[] = {"zeta", "alpha", "mid.txt", "b"};
    for (int i = 0; i < 4; i++) {
        char path[64];
        snprintf(path, sizeof path, "libc_dir_test/%s", names[i]);
        fclose(fopen(path, "w"));
    }
    mkdir("libc_dir_test/sub", 0755);
    DIR *d = opendir("libc_dir_test");
    printf("opendir %d\n", d != 0);
    char *seen[16];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != 0) {
        seen[n++] = strdup(e->d_name);
        if (strcmp(e->d_name, "sub") == 0)
            printf("sub is a directory %d\n", e->d_type == DT_DIR);
        if (strcmp(e->d_name, "b") == 0)
            printf("b is a file %d\n", e->d_type == DT_REG);
    }
    qsort(seen, (size_t)n, sizeof *seen, by_name);
    for (int i = 0; i < n; i++)
        printf("readdir %s\n", seen[i]);
    rewinddir(d);
    int again = 0;
    while (readdir(d))
        again++;
    printf("after rewinddir %d\n", again);
    closedir(d);
    struct dirent **list;
    int k = scandir("libc_dir_test", &list, not_dot, alphasort);
    for (int i = 0; i < k; i++) {
        printf("scandir %s\n", list[i]->d_name);
        free(list[i]);
    }
    free(list);
    for (int i = 0; i < 4; i++) {
        char path[64];
        snprintf(path, sizeof path, "libc_dir_test/%s", names[i]);
        unlink(path);
    }
    rmdir("libc_dir_test/sub");
    printf("rmdir %d\n", rmdir("libc_dir_test"));
    printf("opendir missing %d\n", opendir("libc_no_such_dir") == 0);
    return 0;
}

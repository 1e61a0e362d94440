/* getcwd and chdir: relative paths follow the working directory. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
    char start[PATH_MAX], now[PATH_MAX];
    if (!getcwd(start, sizeof start)) return 1;
    printf("absolute: %d\n", start[0] == '/');
    mkdir("nested", 0755);
    mkdir("nested/deeper", 0755);
    printf("chdir nested/deeper: %d\n", chdir("nested/deeper"));
    getcwd(now, sizeof now);
    size_t n = strlen(start);
    printf("cwd extends start: %d suffix=[%s]\n", strncmp(now, start, n) == 0, now + n);
    FILE *f = fopen("here.txt", "w");
    fputs("written relative\n", f);
    fclose(f);
    printf("chdir ..: %d\n", chdir(".."));
    getcwd(now, sizeof now);
    printf("suffix=[%s]\n", now + n);
    f = fopen("deeper/here.txt", "r");
    char line[64] = "";
    fgets(line, sizeof line, f);
    fclose(f);
    printf("read back: %s", line);
    unlink("deeper/here.txt");
    chdir(start);
    printf("rmdir: %d %d\n", rmdir("nested/deeper"), rmdir("nested"));
    char tiny[4];
    printf("getcwd too small: %s\n", getcwd(tiny, sizeof tiny) ? "ok" : "ERANGE");
    char *dyn = getcwd(NULL, 0);
    printf("getcwd(NULL): %d\n", dyn && strcmp(dyn, start) == 0);
    free(dyn);
    return 0;
}

/* Append mode: several opens with "a" add to the end; O_APPEND ignores lseek for writes. */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv) {
    char path[256];
    snprintf(path, sizeof path, "%s/log.txt", argc > 1 ? argv[1] : ".");
    for (int round = 0; round < 4; round++) {
        FILE *f = fopen(path, round == 0 ? "w" : "a");
        for (int i = 0; i <= round; i++) fprintf(f, "round %d entry %d\n", round, i);
        fclose(f);
    }
    int fd = open(path, O_WRONLY | O_APPEND);
    lseek(fd, 0, SEEK_SET);
    write(fd, "appended despite lseek\n", 23);
    close(fd);
    FILE *f = fopen(path, "r");
    char line[80];
    int n = 0;
    while (fgets(line, sizeof line, f)) printf("%2d %s", ++n, line);
    fclose(f);
    f = fopen(path, "r+");
    fseek(f, 6, SEEK_SET);
    fputc('#', f);
    fseek(f, 0, SEEK_SET);
    fgets(line, sizeof line, f);
    printf("after r+ edit: %s", line);
    fclose(f);
    unlink(path);
    return 0;
}

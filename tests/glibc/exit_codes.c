/* The exit status: from main's return, exit() or _exit(), chosen by argv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        printf("usage\n");
        return 2;
    }
    int code = atoi(argv[2]);
    printf("leaving by %s with %d\n", argv[1], code);
    if (strcmp(argv[1], "exit") == 0) exit(code);
    if (strcmp(argv[1], "_exit") == 0) {
        fflush(stdout);
        printf("this stays in the buffer\n");
        _exit(code);
    }
    return code;
}

/* argv and the environment: every argument, and some variables looked up by name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 0; i < argc; i++) printf("argv[%d]=[%s] (%zu)\n", i, argv[i], strlen(argv[i]));
    printf("argv[argc]=%s\n", argv[argc] ? "set" : "NULL");
    const char *names[] = {"GREETING", "LC_ALL", "LANG", "EMPTY", "UNSET_VARIABLE"};
    for (int i = 0; i < 5; i++) {
        const char *v = getenv(names[i]);
        printf("%s=%s\n", names[i], v ? v : "(null)");
    }
    int n = 0;
    for (char **e = environ; *e; e++) n += strncmp(*e, "GREETING=", 9) == 0;
    printf("GREETING entries: %d\n", n);
    setenv("NEWVAR", "new", 1);
    setenv("GREETING", "changed", 0);
    unsetenv("LC_ALL");
    printf("NEWVAR=%s GREETING=%s LC_ALL=%s\n", getenv("NEWVAR"), getenv("GREETING"),
           getenv("LC_ALL") ? getenv("LC_ALL") : "(null)");
    return argc;
}

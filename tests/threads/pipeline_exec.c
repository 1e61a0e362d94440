/* A three-stage pipeline of programs, `gen 500 | upper | count`, each stage the program
 * itself run by execve with a role in argv[1]: pipes and dup2 before exec, and a
 * parent that closes its ends and waits for all three.
 *
 * needs: fork, exec, pipes
 */
#include "common.h"

#include <ctype.h>

static int gen(int n) {
    for (int i = 1; i <= n; i++) printf("item %d is %s\n", i, i % 3 ? "odd-ish" : "round");
    return 0;
}

static int upper(void) {
    int c;
    while ((c = getchar()) != EOF) putchar(toupper(c));
    return 0;
}

static int count(void) {
    char line[128];
    long lines = 0, rounds = 0, bytes = 0;
    while (fgets(line, sizeof line, stdin)) {
        lines++;
        bytes += (long)strlen(line);
        rounds += strstr(line, "ROUND") != NULL;
    }
    printf("count: %ld lines, %ld bytes, %ld ROUND\n", lines, bytes, rounds);
    return 0;
}

static pid_t stage(char *role, char *arg, int in, int out, int *fds, int nfds) {
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        if (in >= 0) CHECK(dup2(in, 0) == 0);
        if (out >= 0) CHECK(dup2(out, 1) == 1);
        for (int i = 0; i < nfds; i++) close(fds[i]);
        char *args[] = {"prog", role, arg, NULL};
        execv(self_exe(), args);
        fprintf(stderr, "execv: %s\n", errname(errno));
        _exit(127);
    }
    return pid;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "gen") == 0) return gen(atoi(argv[2]));
    if (argc > 1 && strcmp(argv[1], "upper") == 0) return upper();
    if (argc > 1 && strcmp(argv[1], "count") == 0) return count();
    int fds[4];
    CHECK(pipe(fds) == 0 && pipe(fds + 2) == 0);
    pid_t a = stage("gen", "500", -1, fds[1], fds, 4);
    pid_t b = stage("upper", "", fds[0], fds[3], fds, 4);
    pid_t c = stage("count", "", fds[2], -1, fds, 4);
    for (int i = 0; i < 4; i++) close(fds[i]);
    int sa = reap(a), sb = reap(b), sc = reap(c);
    printf("gen %s, ", describe(sa));
    printf("upper %s, ", describe(sb));
    printf("count %s\n", describe(sc));
    return 0;
}

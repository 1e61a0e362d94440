/* `a | b` by hand: the parent forks two children joined by a pipe, the first with the
 * write end as its stdout (dup2), the second with the read end as its stdin; the
 * second prints to the shared stdout. The parent closes its copies (or the reader
 * would never see end of file) and waits for both.
 *
 * needs: fork, pipes
 */
#include "common.h"

static void generate(void) {
    for (int i = 1; i <= 2000; i++) printf("line %d: %d\n", i, i * i % 1000);
    exit(0);
}

static void summarize(void) {
    char line[128];
    long lines = 0, sum = 0, chars = 0;
    while (fgets(line, sizeof line, stdin)) {
        int n, v;
        lines++;
        chars += (long)strlen(line);
        if (sscanf(line, "line %d: %d", &n, &v) == 2) sum += v;
    }
    printf("summary: %ld lines, %ld characters, values add up to %ld\n", lines, chars, sum);
    exit(lines == 2000 ? 0 : 1);
}

static pid_t spawn(void (*body)(void), int fd, int onto, int p[2]) {
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        CHECK(dup2(fd, onto) == onto);
        close(p[0]);
        close(p[1]);
        body();
    }
    return pid;
}

int main(void) {
    int p[2];
    CHECK(pipe(p) == 0);
    pid_t a = spawn(generate, p[1], 1, p);
    pid_t b = spawn(summarize, p[0], 0, p);
    close(p[0]);
    close(p[1]);
    int sa = reap(a);
    printf("generator: %s\n", describe(sa));
    printf("summarizer: %s\n", describe(reap(b)));
    return 0;
}

/* execve that fails leaves the process as it was: a missing file, a directory, a file
 * without execute permission, an executable file that is not a program, a path
 * through a non-directory, an empty path, an argument longer than MAX_ARG_STRLEN.
 * Arguments adding up to more than 128 KiB are fine. Then a real exec succeeds.
 *
 * needs: exec
 */
#include "common.h"

#include <fcntl.h>
#include <sys/stat.h>

static char *args[] = {"prog", "ok", NULL};

static void attempt(const char *what, const char *path, char **argv) {
    errno = 0;
    execv(path, argv);
    printf("%s: %s\n", what, errname(errno));
}

static void make_file(const char *name, const char *content, mode_t mode) {
    int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, mode);
    CHECK(fd >= 0);
    CHECK(write(fd, content, strlen(content)) == (ssize_t)strlen(content));
    close(fd);
    CHECK(chmod(name, mode) == 0);
}

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "ok") == 0) {
        printf("the last exec worked\n");
        return 0;
    }
    if (argc > 100) {
        printf("started with %d arguments\n", argc);
        return 0;
    }
    char dir[] = "/tmp/groundup-exec-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char plain[64], script[64];
    snprintf(plain, sizeof plain, "%s/plain", dir);
    snprintf(script, sizeof script, "%s/garbage", dir);
    make_file(plain, "not a program\n", 0644);
    make_file(script, "not a program either\n", 0755);

    attempt("missing file", "/no/such/program", args);
    attempt("a directory", dir, args);
    attempt("no execute permission", plain, args);
    attempt("not an executable format", script, args);
    char through[80];
    snprintf(through, sizeof through, "%s/x", plain);
    attempt("a path through a file", through, args);
    attempt("empty path", "", args);

    size_t huge = 200 * 1024;
    char *long_arg = malloc(huge + 1);
    memset(long_arg, 'a', huge);
    long_arg[huge] = 0;
    char *too_long[] = {"prog", long_arg, NULL};
    attempt("one 200 KiB argument", self_exe(), too_long);

    unlink(plain);
    unlink(script);
    rmdir(dir);
    printf("still here\n");
    fflush(stdout);

    enum { MANY = 300 };
    char **many = calloc(MANY + 2, sizeof *many);
    many[0] = "prog";
    for (int i = 1; i <= MANY; i++) {
        many[i] = malloc(1001);
        memset(many[i], 'a' + i % 26, 1000);
        many[i][1000] = 0;
    }
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        execv(self_exe(), many);
        printf("300 arguments of 1000 bytes: %s\n", errname(errno));
        exit(99);
    }
    reap(pid);
    execv(self_exe(), args);
    printf("execv: %s\n", errname(errno));
    return 99;
}

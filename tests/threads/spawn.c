/* posix_spawn of the program itself with file actions (its stdout is a pipe the
 * parent reads) and an extra environment variable; glibc does it with
 * clone(CLONE_VM | CLONE_VFORK) on a separate stack, then execve.
 *
 * needs: fork, exec, pipes
 */
#include "common.h"

#include <ctype.h>
#include <spawn.h>

extern char **environ;

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "child") == 0) {
        printf("spawned with %d arguments, last \"%s\", COLOR=%s\n", argc, argv[argc - 1],
               getenv("COLOR") ? getenv("COLOR") : "(unset)");
        return 12;
    }
    int p[2];
    CHECK(pipe(p) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, p[1], 1);
    posix_spawn_file_actions_addclose(&actions, p[0]);
    posix_spawn_file_actions_addclose(&actions, p[1]);
    int n = 0;
    while (environ[n]) n++;
    char **env = calloc((size_t)n + 2, sizeof *env);
    for (int i = 0; i < n; i++) env[i] = environ[i];
    env[n] = "COLOR=green";
    char *args[] = {"prog", "child", "x", "y z", NULL};
    pid_t pid;
    fflush(stdout);
    int r = posix_spawn(&pid, self_exe(), &actions, NULL, args, env);
    printf("posix_spawn: %s\n", errname(r));
    close(p[1]);
    char buf[256];
    ssize_t got, total = 0;
    while ((got = read(p[0], buf + total, sizeof buf - 1 - (size_t)total)) > 0) total += got;
    buf[total] = 0;
    for (char *c = buf; *c; c++) *c = (char)toupper(*c);
    printf("the child said: %s", buf);
    printf("the child %s\n", describe(reap(pid)));
    posix_spawn_file_actions_destroy(&actions);
    return 0;
}

/* fork + execve of the program itself with arguments and a new environment: the new
 * image starts from its initial data, keeps its pid and parent, keeps ignored
 * signals ignored and the signal mask, and its exit status reaches the parent.
 *
 * needs: fork, exec
 */
#include "common.h"

extern char **environ;

static int data = 1;

static int child(int argc, char **argv) {
    printf("exec'd image: argc %d\n", argc);
    for (int i = 4; i < argc; i++) printf("  argv[%d] = \"%s\"\n", i, argv[i]);
    printf("  GREETING=%s\n", getenv("GREETING") ? getenv("GREETING") : "(unset)");
    printf("  data starts at %d again\n", data);
    printf("  pid kept %d, parent kept %d\n", getpid() == atoi(argv[2]),
           getppid() == atoi(argv[3]));
    struct sigaction sa;
    sigaction(SIGUSR1, NULL, &sa);
    printf("  SIGUSR1 still ignored: %d\n", sa.sa_handler == SIG_IGN);
    sigset_t mask;
    sigprocmask(SIG_BLOCK, NULL, &mask);
    printf("  SIGUSR2 still blocked: %d\n", sigismember(&mask, SIGUSR2));
    return 42;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "child") == 0) return child(argc, argv);
    data = 2;
    printf("parent: data %d\n", data);
    fflush(stdout);
    pid_t parent = getpid();
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        char me[16], dad[16];
        snprintf(me, sizeof me, "%d", getpid());
        snprintf(dad, sizeof dad, "%d", parent);
        char *args[] = {"prog", "child", me, dad, "two words", "", "last", NULL};
        int n = 0;
        while (environ[n]) n++;
        char **env = calloc((size_t)n + 2, sizeof *env);
        for (int i = 0; i < n; i++) env[i] = environ[i];
        env[n] = "GREETING=hello from the parent";
        signal(SIGUSR1, SIG_IGN);
        sigset_t block;
        sigemptyset(&block);
        sigaddset(&block, SIGUSR2);
        sigprocmask(SIG_BLOCK, &block, NULL);
        execve(self_exe(), args, env);
        printf("execve: %s\n", errname(errno));
        exit(99);
    }
    printf("parent: the child %s\n", describe(reap(pid)));
    return 0;
}

/* execve without fork, four times in a row: the process keeps its pid through every
 * image, a descriptor stays open across exec unless it is close-on-exec, and what
 * stdio had buffered is lost unless flushed.
 *
 * needs: exec
 */
#include "common.h"

#include <fcntl.h>

int main(int argc, char **argv) {
    int stage = argc > 1 ? atoi(argv[1]) : 4;
    if (argc > 4) {
        int plain = atoi(argv[3]), cloexec = atoi(argv[4]);
        printf("stage %d: same pid %d, plain fd open %d, close-on-exec fd open %d\n", stage,
               getpid() == atoi(argv[2]), fcntl(plain, F_GETFD) != -1,
               fcntl(cloexec, F_GETFD) != -1);
    } else {
        printf("stage %d: the first image\n", stage);
    }
    if (stage == 0) {
        printf("done\n");
        return 0;
    }
    int plain = open("/dev/null", O_RDONLY);
    int cloexec = open("/dev/null", O_RDONLY | O_CLOEXEC);
    CHECK(plain >= 0 && cloexec >= 0);
    char next[16], pid[16], a[16], b[16];
    snprintf(next, sizeof next, "%d", stage - 1);
    snprintf(pid, sizeof pid, "%d", argc > 2 ? atoi(argv[2]) : getpid());
    snprintf(a, sizeof a, "%d", plain);
    snprintf(b, sizeof b, "%d", cloexec);
    char *args[] = {"prog", next, pid, a, b, NULL};
    if (stage == 2) printf("this line is flushed\n");
    fflush(stdout);
    if (stage == 1) printf("this line is lost in the buffer\n");
    execv(self_exe(), args);
    printf("execv: %s\n", errname(errno));
    return 99;
}

/* A signal arriving during a blocking read of a pipe: without SA_RESTART the read
 * fails with EINTR after the handler runs; with SA_RESTART it is restarted and
 * returns the data that comes later. A child sends the signals, then the data.
 *
 * The child cannot see when the parent is blocked, so it keeps signalling: without
 * SA_RESTART until the parent says (through a second pipe) that its read was
 * interrupted; with SA_RESTART a few times, 20 ms apart. Only what holds whenever the
 * signals land is printed.
 *
 * needs: fork, pipes, signals
 */
#include "common.h"

#include <fcntl.h>

static volatile sig_atomic_t handled;

static void handler(int sig) {
    (void)sig;
    handled++;
}

static void signaller(pid_t parent, int restart, int data_fd, int ack_fd) {
    char byte;
    for (int i = 0;; i++) {
        kill(parent, SIGUSR1);
        usleep(20000);
        if (restart ? i == 4 : read(ack_fd, &byte, 1) == 1) break;
    }
    CHECK(write(data_fd, "data", 4) == 4);
    _exit(0);
}

static void trial(int restart) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
    handled = 0;
    int data[2], ack[2];
    CHECK(pipe(data) == 0 && pipe2(ack, O_NONBLOCK) == 0);
    pid_t parent = getpid();
    fflush(stdout);
    pid_t pid = fork();
    CHECK(pid != -1);
    if (pid == 0) {
        close(data[0]);
        close(ack[1]);
        signaller(parent, restart, data[1], ack[0]);
    }
    close(data[1]);
    close(ack[0]);
    const char *name = restart ? "SA_RESTART" : "no SA_RESTART";
    char buf[16] = {0};
    ssize_t n;
    if (restart) {
        n = read(data[0], buf, sizeof buf - 1);
        printf("%s: read -> %zd \"%s\", handler ran %d\n", name, n, buf, handled > 0);
    } else {
        n = read(data[0], buf, sizeof buf - 1); /* no data comes before the acknowledgement */
        printf("%s: read -> %zd %s, handler ran %d\n", name, n, n < 0 ? errname(errno) : "",
               handled > 0);
        CHECK(write(ack[1], "!", 1) == 1);
        n = read(data[0], buf, sizeof buf - 1);
        printf("  read again -> %zd \"%s\"\n", n, buf);
    }
    reap(pid);
    close(data[0]);
    close(ack[1]);
}

int main(void) {
    trial(0);
    trial(SA_RESTART);
    return 0;
}

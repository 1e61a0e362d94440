/* getopt over several command lines, errors included; gettimeofday, uname, poll. */
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <unistd.h>

static void parse(int argc, char **argv, const char *opts) {
    int c;
    optind = 1;
    printf("--- %s\n", opts);
    while ((c = getopt(argc, argv, opts)) != -1)
        printf("opt %c arg %s optind %d optopt %c\n", c, optarg && strchr(":o", c) ? optarg : "-",
               optind, c == '?' || c == ':' ? optopt : '.');
    for (int i = optind; i < argc; i++)
        printf("operand %s\n", argv[i]);
}

int main(void) {
    char *a1[] = {"prog", "-a", "-bc", "-o", "out", "-ofile", "x", "-a", 0};
    parse(8, a1, "abco:");
    char *a2[] = {"prog", "-z", "-o", 0};
    parse(3, a2, "abco:");
    char *a3[] = {"prog", "-ab", "-o", 0};
    parse(3, a3, ":abo:");
    char *a4[] = {"prog", "-a", "--", "-b", 0};
    parse(4, a4, "ab");
    char *a5[] = {"prog", "-", "-a", 0};
    parse(3, a5, "a");
    struct timeval tv;
    printf("gettimeofday %d %d\n", gettimeofday(&tv, 0), tv.tv_usec >= 0 && tv.tv_usec < 1000000);
    struct utsname u;
    printf("uname %d %s\n", uname(&u), u.sysname);
    int fds[2];
    pipe(fds);
    write(fds[1], "x", 1);
    struct pollfd p[2] = {{fds[0], POLLIN, 0}, {fds[1], POLLOUT, 0}};
    printf("poll %d %d %d\n", poll(p, 2, 0), p[0].revents, p[1].revents);
    return 0;
}

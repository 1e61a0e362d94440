/* strerror, perror and strsignal: the C library's own message tables. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    for (int e = 0; e <= 40; e++) printf("%2d %s\n", e, strerror(e));
    printf("%s\n", strerror(1000));
    for (int s = 1; s < 32; s++) printf("sig %2d %s\n", s, strsignal(s));
    errno = ENOENT;
    perror("perror with ENOENT");
    errno = 0;
    perror("perror with 0");
    printf("%s %s\n", strerrorname_np(EACCES), strerrordesc_np(EINVAL));
    return 0;
}

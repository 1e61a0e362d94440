#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
  int p[2];
  pipe(p);
  int copy = dup(p[1]);
  write(copy, "via dup;", 8);
  close(copy);
  int target = 50;
  printf("dup2 %d\n", dup2(p[1], target));
  write(target, "via dup2", 8);
  close(target);
  close(p[1]);
  char buf[32] = {0};
  ssize_t total = 0, r;
  while ((r = read(p[0], buf + total, sizeof buf - 1 - total)) > 0)
    total += r;
  printf("%zd [%s]\n", total, buf);
  close(p[0]);
  int fl = fcntl(1, F_GETFD);
  printf("cloexec %d\n", (fl & FD_CLOEXEC) != 0);
  int q[2];
  pipe2(q, O_CLOEXEC);
  printf("cloexec %d\n", (fcntl(q[0], F_GETFD) & FD_CLOEXEC) != 0);
  int nb = fcntl(q[0], F_GETFL);
  fcntl(q[0], F_SETFL, nb | O_NONBLOCK);
  r = read(q[0], buf, 1);
  printf("nonblocking empty read %zd\n", r);
  close(q[0]);
  close(q[1]);
  return 0;
}

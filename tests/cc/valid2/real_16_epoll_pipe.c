#define _GNU_SOURCE
#include <stdio.h>
#include <sys/epoll.h>
#include <unistd.h>

int main(void) {
  int p[2];
  if (pipe(p) != 0)
    return 1;
  int ep = epoll_create1(0);
  struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 42};
  printf("ctl %d\n", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
  struct epoll_event out[4];
  int n = epoll_wait(ep, out, 4, 0);
  printf("ready before write: %d\n", n);
  write(p[1], "abc", 3);
  n = epoll_wait(ep, out, 4, 1000);
  printf("ready after write: %d data %llu in %d\n", n, (unsigned long long)out[0].data.u64,
         (out[0].events & EPOLLIN) != 0);
  char buf[8];
  printf("read %zd\n", read(p[0], buf, sizeof buf));
  n = epoll_wait(ep, out, 4, 0);
  printf("ready after drain: %d\n", n);
  close(p[1]);
  n = epoll_wait(ep, out, 4, 1000);
  printf("after close: %d hup %d\n", n, (out[0].events & EPOLLHUP) != 0);
  close(p[0]);
  close(ep);
  return 0;
}

// glibc's socket calls take __CONST_SOCKADDR_ARG, a GNU transparent union under
// _GNU_SOURCE: any sockaddr pointer may be passed (as the union's first member).
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(void) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv) != 0)
    return 1;
  struct sockaddr_un addr;
  memset(&addr, 0xff, sizeof addr);
  socklen_t len = sizeof addr;
  int r = getsockname(sv[0], (struct sockaddr *)&addr, &len);
  printf("getsockname %d family %d len %u\n", r, addr.sun_family, (unsigned)len);
  len = sizeof addr;
  r = getpeername(sv[1], (void *)&addr, &len);
  printf("getpeername %d family %d len %u\n", r, addr.sun_family, (unsigned)len);
  ssize_t n = sendto(sv[0], "hi", 2, 0, NULL, 0);
  char buf[8] = {0};
  len = sizeof addr;
  ssize_t got = recvfrom(sv[1], buf, sizeof buf, 0, (void *)&addr, &len);
  printf("sent %zd got %zd [%s]\n", n, got, buf);
  close(sv[0]);
  close(sv[1]);
  return 0;
}

#define _GNU_SOURCE
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
    return 1;
  const char *hello = "ping";
  ssize_t n = write(sv[0], hello, 4);
  char buf[16] = {0};
  ssize_t r = read(sv[1], buf, sizeof buf - 1);
  printf("%zd %zd [%s]\n", n, r, buf);
  n = send(sv[1], "pong!", 5, 0);
  memset(buf, 0, sizeof buf);
  r = recv(sv[0], buf, sizeof buf - 1, 0);
  printf("%zd %zd [%s]\n", n, r, buf);
  double vals[3] = {1.5, -2.25, 1e100}, got[3];
  write(sv[0], vals, sizeof vals);
  r = read(sv[1], got, sizeof got);
  printf("%zd %g %g %g\n", r, got[0], got[1], got[2]);
  uint32_t net = htonl(0x01020304u);
  unsigned char *b = (unsigned char *)&net;
  printf("%u %u %u %u %x\n", b[0], b[1], b[2], b[3], ntohs(htons(0xabcd)));
  close(sv[0]);
  r = read(sv[1], buf, sizeof buf);
  printf("after close %zd\n", r);
  close(sv[1]);
  int dg[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, dg);
  send(dg[0], "one", 3, 0);
  send(dg[0], "three", 5, 0);
  printf("%zd ", recv(dg[1], buf, sizeof buf, 0));
  printf("%zd\n", recv(dg[1], buf, sizeof buf, 0));
  close(dg[0]);
  close(dg[1]);
  return 0;
}

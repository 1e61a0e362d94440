#define _GNU_SOURCE
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  pid_t me = getpid();
  printf("pid positive %d\n", me > 0);
  printf("parent differs %d\n", getppid() != me);
  printf("uid matches euid %d\n", getuid() == geteuid());
  printf("gid matches egid %d\n", getgid() == getegid());
  int p[2];
  pipe(p);
  fflush(stdout);
  pid_t child = fork();
  if (child == 0) {
    pid_t parent = getppid();
    write(p[1], &parent, sizeof parent);
    _exit(0);
  }
  pid_t seen;
  read(p[0], &seen, sizeof seen);
  waitpid(child, NULL, 0);
  printf("child saw our pid %d\n", seen == me);
  printf("child pid differs %d\n", child != me && child > 0);
  return 0;
}

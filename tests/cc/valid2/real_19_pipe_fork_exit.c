#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* the parent sends numbers through a pipe; the child sums them and reports in its exit status */
int main(void) {
  int p[2];
  pipe(p);
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    close(p[1]);
    int v, sum = 0;
    while (read(p[0], &v, sizeof v) == sizeof v)
      sum += v;
    close(p[0]);
    _exit(sum & 0xff);
  }
  close(p[0]);
  for (int i = 1; i <= 10; i++)
    write(p[1], &i, sizeof i);
  close(p[1]);
  int status;
  waitpid(pid, &status, 0);
  printf("child summed %d\n", WEXITSTATUS(status));
  int q[2];
  pipe(q);
  fflush(stdout);
  pid = fork();
  if (pid == 0) {
    close(q[0]);
    const char *msg = "message from the child";
    write(q[1], msg, strlen(msg));
    _exit(0);
  }
  close(q[1]);
  char buf[64] = {0};
  size_t got = 0;
  ssize_t r;
  while ((r = read(q[0], buf + got, sizeof buf - 1 - got)) > 0)
    got += (size_t)r;
  waitpid(pid, &status, 0);
  printf("[%s] %zu\n", buf, got);
  return 0;
}

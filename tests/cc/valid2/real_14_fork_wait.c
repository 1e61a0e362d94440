#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  printf("parent starts\n");
  fflush(stdout); /* or the buffered line would be printed twice */
  pid_t pid = fork();
  if (pid < 0)
    return 1;
  if (pid == 0) {
    double x = 1;
    for (int i = 0; i < 10; i++)
      x *= 1.5;
    printf("child computed %.17g\n", x);
    exit(7);
  }
  int status;
  pid_t w = waitpid(pid, &status, 0);
  printf("waited for the child: %d\n", w == pid);
  printf("exited %d status %d\n", WIFEXITED(status), WEXITSTATUS(status));
  for (int k = 0; k < 2; k++) {
    fflush(stdout);
    pid_t c = fork();
    if (c == 0) {
      printf("child %d\n", k);
      fflush(stdout);
      _exit(10 + k);
    }
    waitpid(c, &status, 0);
    printf("reaped child %d: %d\n", k, WEXITSTATUS(status));
  }
  return 0;
}

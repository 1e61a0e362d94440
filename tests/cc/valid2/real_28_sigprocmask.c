#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>

static volatile sig_atomic_t hits;

static void on_usr1(int sig) { hits += sig == SIGUSR1; }

int main(void) {
  signal(SIGUSR1, on_usr1);
  sigset_t block, old, pending;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  sigprocmask(SIG_BLOCK, &block, &old);
  raise(SIGUSR1);
  raise(SIGUSR1); /* a standard signal is pending at most once */
  printf("while blocked: hits %d\n", (int)hits);
  sigpending(&pending);
  printf("pending %d\n", sigismember(&pending, SIGUSR1));
  sigprocmask(SIG_SETMASK, &old, NULL);
  printf("after unblock: hits %d\n", (int)hits);
  sigpending(&pending);
  printf("pending %d\n", sigismember(&pending, SIGUSR1));
  printf("old mask had it: %d\n", sigismember(&old, SIGUSR1));
  return 0;
}

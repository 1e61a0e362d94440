#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>

static volatile sig_atomic_t got;
static volatile sig_atomic_t count;

static void handler(int sig) {
  got = sig;
  count++;
}

static void info_handler(int sig, siginfo_t *si, void *ctx) {
  (void)ctx;
  got = sig + 1000 * (si->si_signo == sig);
  count++;
}

int main(void) {
  signal(SIGUSR1, handler);
  printf("raise %d\n", raise(SIGUSR1));
  printf("got %d count %d\n", (int)got, (int)count);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = info_handler;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR2, &sa, NULL);
  raise(SIGUSR2);
  printf("got %d count %d\n", (int)got, (int)count);
  signal(SIGUSR1, SIG_IGN);
  raise(SIGUSR1);
  printf("ignored, count %d\n", (int)count);
  printf("%d %d\n", SIGUSR1, SIGUSR2);
  return 0;
}

#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>

int main(void) {
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  struct timespec nap = {0, 2000000}; /* 2 ms */
  int r = nanosleep(&nap, NULL);
  clock_gettime(CLOCK_MONOTONIC, &b);
  double elapsed = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
  printf("nanosleep %d\n", r);
  printf("monotonic %d\n", elapsed >= 0.002);
  printf("nsec in range %d\n", b.tv_nsec >= 0 && b.tv_nsec < 1000000000);
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  printf("realtime nsec in range %d\n", now.tv_nsec >= 0 && now.tv_nsec < 1000000000);
  time_t t = time(NULL);
  printf("time agrees %d\n", t >= now.tv_sec - 5 && t <= now.tv_sec + 5);
  return 0;
}

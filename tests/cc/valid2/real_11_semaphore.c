// link: -pthread
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

/* ping-pong: two threads take turns through two semaphores */
static sem_t ping, pong;
static char trace[32];
static int pos;

static void *pinger(void *arg) {
  (void)arg;
  for (int i = 0; i < 5; i++) {
    sem_wait(&ping);
    trace[pos++] = 'P';
    sem_post(&pong);
  }
  return NULL;
}

static void *ponger(void *arg) {
  (void)arg;
  for (int i = 0; i < 5; i++) {
    sem_wait(&pong);
    trace[pos++] = 'p';
    sem_post(&ping);
  }
  return NULL;
}

int main(void) {
  sem_init(&ping, 0, 1);
  sem_init(&pong, 0, 0);
  pthread_t a, b;
  pthread_create(&b, NULL, ponger, NULL);
  pthread_create(&a, NULL, pinger, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  trace[pos] = 0;
  printf("%s\n", trace);
  int v;
  sem_getvalue(&ping, &v);
  printf("ping %d\n", v);
  sem_getvalue(&pong, &v);
  printf("pong %d\n", v);
  printf("trywait %d\n", sem_trywait(&pong));
  sem_destroy(&ping);
  sem_destroy(&pong);
  return 0;
}

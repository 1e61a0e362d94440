// link: -pthread
#include <pthread.h>
#include <stdio.h>

/* a one-slot mailbox: the producer sends 1..8, the consumer adds them up */
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static int slot, full, done;

static void *producer(void *arg) {
  (void)arg;
  for (int i = 1; i <= 8; i++) {
    pthread_mutex_lock(&m);
    while (full)
      pthread_cond_wait(&changed, &m);
    slot = i;
    full = 1;
    pthread_cond_broadcast(&changed);
    pthread_mutex_unlock(&m);
  }
  pthread_mutex_lock(&m);
  while (full)
    pthread_cond_wait(&changed, &m);
  done = 1;
  pthread_cond_broadcast(&changed);
  pthread_mutex_unlock(&m);
  return NULL;
}

static void *consumer(void *arg) {
  long *sum = arg;
  char order[16];
  int n = 0;
  for (;;) {
    pthread_mutex_lock(&m);
    while (!full && !done)
      pthread_cond_wait(&changed, &m);
    if (!full && done) {
      pthread_mutex_unlock(&m);
      break;
    }
    *sum += slot;
    order[n++] = (char)('0' + slot);
    full = 0;
    pthread_cond_broadcast(&changed);
    pthread_mutex_unlock(&m);
  }
  order[n] = 0;
  printf("consumed %s\n", order);
  return NULL;
}

int main(void) {
  long sum = 0;
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, &sum);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  printf("sum %ld\n", sum);
  return 0;
}

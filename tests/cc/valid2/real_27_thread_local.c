// link: -pthread
#include <pthread.h>
#include <stdio.h>

static _Thread_local int tls_counter = 100;
static _Thread_local double tls_acc;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_calls;

static void init(void) { init_calls++; }

static void *work(void *arg) {
  long id = (long)arg;
  pthread_once(&once, init);
  for (int i = 0; i < 10; i++) {
    tls_counter += (int)id;
    tls_acc += 0.5 * id;
  }
  return (void *)(long)(tls_counter * 1000 + (int)tls_acc);
}

int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++)
    pthread_create(&t[i], NULL, work, (void *)(i + 1));
  for (int i = 0; i < 3; i++) {
    void *r;
    pthread_join(t[i], &r);
    printf("thread %d: %ld\n", i, (long)r);
  }
  pthread_once(&once, init);
  printf("main: %d %g, init ran %d time(s)\n", tls_counter, tls_acc, init_calls);
  return 0;
}

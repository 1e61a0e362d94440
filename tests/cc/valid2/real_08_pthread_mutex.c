// link: -pthread
#include <pthread.h>
#include <stdio.h>

#define THREADS 4
#define ITER 200

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;
static double dsum;

static void *work(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < ITER; i++) {
    pthread_mutex_lock(&lock);
    counter += id;
    dsum += 0.5;
    pthread_mutex_unlock(&lock);
  }
  return (void *)(id * 10);
}

int main(void) {
  pthread_t t[THREADS];
  for (long i = 0; i < THREADS; i++)
    pthread_create(&t[i], NULL, work, (void *)(i + 1));
  long rets = 0;
  for (int i = 0; i < THREADS; i++) {
    void *r;
    pthread_join(t[i], &r);
    rets += (long)r;
  }
  printf("counter %ld dsum %g rets %ld\n", counter, dsum, rets);
  pthread_mutex_destroy(&lock);
  return 0;
}

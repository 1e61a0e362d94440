// link: -pthread
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int counter;
static atomic_long max_seen;
static _Atomic double not_used_but_declared;

static void *work(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < 250; i++)
    atomic_fetch_add(&counter, 1);
  long cur = atomic_load(&max_seen);
  while (cur < id && !atomic_compare_exchange_weak(&max_seen, &cur, id)) {
  }
  return NULL;
}

int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++)
    pthread_create(&t[i], NULL, work, (void *)(i * 10));
  for (int i = 0; i < 4; i++)
    pthread_join(t[i], NULL);
  printf("counter %d max %ld\n", atomic_load(&counter), atomic_load(&max_seen));
  atomic_store(&not_used_but_declared, 2.5);
  printf("%g\n", atomic_load(&not_used_but_declared));
  return 0;
}

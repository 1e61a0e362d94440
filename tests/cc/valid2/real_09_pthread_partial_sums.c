// link: -pthread
#include <pthread.h>
#include <stdio.h>

struct job {
  int from, to;
  double result;
};

static void *sum_range(void *p) {
  struct job *j = p;
  double s = 0;
  for (int i = j->from; i < j->to; i++)
    s += 1.0 / ((double)i * i);
  j->result = s;
  return NULL;
}

int main(void) {
  struct job jobs[4];
  pthread_t tid[4];
  for (int i = 0; i < 4; i++) {
    jobs[i] = (struct job){1 + i * 250, 1 + (i + 1) * 250, 0};
    pthread_create(&tid[i], NULL, sum_range, &jobs[i]);
  }
  double total = 0;
  for (int i = 0; i < 4; i++) {
    pthread_join(tid[i], NULL);
    printf("part %d: %.17g\n", i, jobs[i].result);
    total += jobs[i].result;
  }
  printf("total %.17g\n", total);
  return 0;
}

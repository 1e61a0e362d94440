/* A producer-consumer thread pool: the main thread queues jobs into a bounded queue
 * (a mutex and two condition variables), four workers take them and store results by
 * job number, and a shutdown flag with a broadcast ends the workers.
 *
 * needs: threads
 */
#include "common.h"

enum { WORKERS = 4, JOBS = 300, CAPACITY = 16 };

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static int queue[CAPACITY], count, head, shutting_down;
static int results[JOBS + 1];
static int done_by[WORKERS];

static int collatz_steps(long n) {
    int steps = 0;
    for (; n != 1; steps++) n = n % 2 ? 3 * n + 1 : n / 2;
    return steps;
}

static void *worker(void *arg) {
    int me = (int)(long)arg;
    for (;;) {
        pthread_mutex_lock(&lock);
        while (count == 0 && !shutting_down) pthread_cond_wait(&not_empty, &lock);
        if (count == 0) {
            pthread_mutex_unlock(&lock);
            return NULL;
        }
        int job = queue[head];
        head = (head + 1) % CAPACITY;
        count--;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&lock);
        results[job] = collatz_steps(job);
        done_by[me]++;
    }
}

static void submit(int job) {
    pthread_mutex_lock(&lock);
    while (count == CAPACITY) pthread_cond_wait(&not_full, &lock);
    queue[(head + count) % CAPACITY] = job;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&lock);
}

int main(void) {
    pthread_t t[WORKERS];
    for (long i = 0; i < WORKERS; i++) CHECK(pthread_create(&t[i], NULL, worker, (void *)i) == 0);
    for (int job = 1; job <= JOBS; job++) submit(job);
    pthread_mutex_lock(&lock);
    shutting_down = 1;
    pthread_cond_broadcast(&not_empty);
    pthread_mutex_unlock(&lock);
    int total_jobs = 0;
    for (int i = 0; i < WORKERS; i++) {
        CHECK(pthread_join(t[i], NULL) == 0);
        total_jobs += done_by[i];
    }
    long sum = 0;
    int longest = 1;
    for (int job = 1; job <= JOBS; job++) {
        sum += results[job];
        if (results[job] > results[longest]) longest = job;
    }
    printf("jobs done %d\n", total_jobs);
    printf("sum of steps %ld\n", sum);
    printf("longest: %d takes %d steps\n", longest, results[longest]);
    printf("27 takes %d steps\n", results[27]);
    return 0;
}

/* pthreads: create/join with results, a mutex-protected counter, a condition variable,
 * pthread_once, semaphores, thread-local storage and errno per thread, malloc and
 * stdio from several threads at once. */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define THREADS 4
#define ROUNDS 2000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static long counter;
static int ready;
static int once_runs;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static sem_t sem;
static _Thread_local int tls_value = 100;

static void init_once(void) { once_runs++; }

static void *busy(void *arg) {
    volatile long sum = 0;
    for (long i = 0; i < 50000; i++)
        sum += i;
    return (void *)(sum + (long)arg);
}

static void *worker(void *arg) {
    long id = (long)arg;
    pthread_once(&once, init_once);
    tls_value += (int)id;
    errno = (int)id + 1;
    for (int i = 0; i < ROUNDS; i++) {
        pthread_mutex_lock(&lock);
        counter++;
        pthread_mutex_unlock(&lock);
        if (i % 100 == 0) {
            char *p = malloc(16 + (size_t)i % 200);
            memset(p, (int)id, 16);
            free(p);
        }
    }
    pthread_mutex_lock(&lock);
    while (!ready)
        pthread_cond_wait(&cond, &lock);
    pthread_mutex_unlock(&lock);
    sem_post(&sem);
    fprintf(stderr, "");
    return (void *)(id * 10 + (tls_value == 100 + id) + (errno == id + 1) * 1000);
}

int main(void) {
    pthread_t t[THREADS];
    sem_init(&sem, 0, 0);
    for (long i = 0; i < THREADS; i++)
        if (pthread_create(&t[i], 0, worker, (void *)i) != 0)
            return 1;
    pthread_mutex_lock(&lock);
    ready = 1;
    pthread_cond_broadcast(&cond);
    pthread_mutex_unlock(&lock);
    for (int i = 0; i < THREADS; i++)
        sem_wait(&sem);
    int v = -1;
    sem_getvalue(&sem, &v);
    printf("semaphore %d trywait %d\n", v, sem_trywait(&sem));
    for (int i = 0; i < THREADS; i++) {
        void *r;
        pthread_join(t[i], &r);
        printf("thread %d returned %ld\n", i, (long)r);
    }
    printf("counter %ld (expected %d)\n", counter, THREADS * ROUNDS);
    printf("once ran %d time(s); main's tls %d\n", once_runs, tls_value);
    printf("self equal %d\n", pthread_equal(pthread_self(), pthread_self()));
    pthread_t b;
    void *r;
    pthread_create(&b, 0, busy, (void *)7); /* joined while it still runs */
    pthread_join(b, &r);
    printf("busy returned %ld\n", (long)r);
    return 0;
}

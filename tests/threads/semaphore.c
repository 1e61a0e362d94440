/* POSIX semaphores: sem_init/post/wait/trywait/timedwait/getvalue, the limits, and a
 * bounded buffer filled by two producers and drained by two consumers.
 *
 * needs: threads
 */
#include "common.h"

#include <limits.h>
#include <semaphore.h>
#include <time.h>

enum { SLOTS = 8, PER_PRODUCER = 500 };

static sem_t empty, full;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long ring[SLOTS];
static int head, tail;

static void *produce(void *arg) {
    long base = (long)arg;
    for (long i = 1; i <= PER_PRODUCER; i++) {
        while (sem_wait(&empty) == -1) CHECK(errno == EINTR);
        pthread_mutex_lock(&lock);
        ring[head] = base + i;
        head = (head + 1) % SLOTS;
        pthread_mutex_unlock(&lock);
        CHECK(sem_post(&full) == 0);
    }
    return NULL;
}

static void *consume(void *arg) {
    (void)arg;
    long sum = 0;
    for (int i = 0; i < PER_PRODUCER; i++) {
        while (sem_wait(&full) == -1) CHECK(errno == EINTR);
        pthread_mutex_lock(&lock);
        sum += ring[tail];
        tail = (tail + 1) % SLOTS;
        pthread_mutex_unlock(&lock);
        CHECK(sem_post(&empty) == 0);
    }
    return (void *)sum;
}

static int value(sem_t *s) {
    int v;
    CHECK(sem_getvalue(s, &v) == 0);
    return v;
}

int main(void) {
    sem_t s;
    CHECK(sem_init(&s, 0, 2) == 0);
    for (int i = 0; i < 3; i++) printf("trywait %d: %s\n", i + 1, sysres(sem_trywait(&s)));
    printf("value %d\n", value(&s));
    sem_post(&s);
    printf("after post: %d\n", value(&s));
    printf("wait: %s\n", sysres(sem_wait(&s)));
    printf("value %d\n", value(&s));

    struct timespec deadline, start, now;
    clock_gettime(CLOCK_REALTIME, &start);
    deadline = start;
    deadline.tv_nsec += 10000000;
    if (deadline.tv_nsec >= 1000000000) deadline.tv_sec++, deadline.tv_nsec -= 1000000000;
    printf("timedwait 10 ms on zero: %s", sysres(sem_timedwait(&s, &deadline)));
    clock_gettime(CLOCK_REALTIME, &now);
    long waited = (now.tv_sec - start.tv_sec) * 1000000000L + now.tv_nsec - start.tv_nsec;
    printf(", waited long enough: %d\n", waited >= 10000000);
    deadline.tv_nsec = -1;
    printf("timedwait with a bad timespec: %s\n", sysres(sem_timedwait(&s, &deadline)));

    sem_t big;
    int r = sem_init(&big, 0, (unsigned)SEM_VALUE_MAX + 1);
    printf("init above SEM_VALUE_MAX: %s\n", sysres(r));
    CHECK(sem_init(&big, 0, SEM_VALUE_MAX) == 0);
    printf("post at SEM_VALUE_MAX: %s\n", sysres(sem_post(&big)));

    CHECK(sem_init(&empty, 0, SLOTS) == 0);
    CHECK(sem_init(&full, 0, 0) == 0);
    pthread_t t[4];
    CHECK(pthread_create(&t[0], NULL, produce, (void *)0L) == 0);
    CHECK(pthread_create(&t[1], NULL, produce, (void *)100000L) == 0);
    CHECK(pthread_create(&t[2], NULL, consume, NULL) == 0);
    CHECK(pthread_create(&t[3], NULL, consume, NULL) == 0);
    long total = 0;
    for (int i = 0; i < 4; i++) {
        void *ret;
        CHECK(pthread_join(t[i], &ret) == 0);
        total += (long)ret;
    }
    long expect = 2L * PER_PRODUCER * (PER_PRODUCER + 1) / 2 + 100000L * PER_PRODUCER;
    printf("consumed total %ld (expected %ld)\n", total, expect);
    printf("empty %d, full %d\n", value(&empty), value(&full));
    return 0;
}
